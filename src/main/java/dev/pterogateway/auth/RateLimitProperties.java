package dev.pterogateway.auth;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-caller limits on the REST API ({@code ptero.ratelimit.*}).
 *
 * @param enabled whether authenticated REST calls are rate limited
 * @param userPerMinute calls per minute a user may make
 * @param adminPerMinute calls per minute an administrator may make
 */
@Validated
@ConfigurationProperties("ptero.ratelimit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("600") @Positive int userPerMinute, @DefaultValue("3000") @Positive int adminPerMinute) {

	int perMinute(Role role) {
		return (role == Role.ADMIN) ? this.adminPerMinute : this.userPerMinute;
	}

}
