package dev.pterogateway.auth;

import dev.pterogateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each caller gets {@code ptero.ratelimit.user-per-minute} REST calls per minute (600 by
 * default); the next answers 429 with Retry-After, and other callers are unaffected.
 */
@GatewayIntegrationTest
class ApiRateLimitTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private RateLimitProperties limits;

	@Test
	void callWhenUserExceedsLimitAnswersTooManyRequests() {
		ApiClient api = new ApiClient(this.port);
		TestAccounts accounts = new TestAccounts(this.context, api);
		TestAccounts.TestUser user = accounts.user();
		TestAccounts.TestUser other = accounts.user();

		ApiClient.Reply first = api.get("/api/auth/api-keys", user.accessToken());
		ApiClient.Reply last = first;
		int calls = 1;
		while (last.status() == 200 && calls <= this.limits.userPerMinute() + 10) {
			last = api.get("/api/auth/api-keys", user.accessToken());
			calls++;
		}

		assertThat(first.header("X-RateLimit-Limit")).isEqualTo(Integer.toString(this.limits.userPerMinute()));
		assertThat(Integer.parseInt(first.header("X-RateLimit-Remaining"))).isEqualTo(this.limits.userPerMinute() - 1);
		assertThat(calls).as("the call after the limit").isEqualTo(this.limits.userPerMinute() + 1);
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.text("code")).isEqualTo("rate_limited");
		assertThat(last.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
		assertThat(api.get("/api/auth/api-keys", other.accessToken()).status()).isEqualTo(200);
	}

}
