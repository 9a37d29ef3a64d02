package dev.pterogateway.auth;

import java.time.Duration;
import java.util.UUID;

import dev.pterogateway.ManualClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Refresh-token rotation on the real schema: one use per token, reuse revokes the family.
 */
@AccountsSlice
class RefreshTokensTests {

	@Autowired
	private RefreshTokens tokens;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private ManualClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	private long userId;

	@BeforeEach
	void createUser() {
		this.userId = this.accounts.create("r-" + UUID.randomUUID() + "@example.test", null, "some password", Role.USER)
			.getId();
	}

	@Test
	void issueWhenCalledStoresOnlyTheHash() {
		String token = this.tokens.issue(this.userId);

		String stored = this.jdbc.queryForObject("select token_hash from refresh_tokens where user_id = ?",
				String.class, this.userId);
		assertThat(stored).isEqualTo(TokenDigest.sha256Hex(token)).doesNotContain(token);
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
	}

	@Test
	void rotateWhenTokenIsFreshReturnsNextTokenOfTheSameFamily() {
		String first = this.tokens.issue(this.userId);

		RefreshTokens.Rotation rotation = this.tokens.rotate(first);

		assertThat(rotation.userId()).isEqualTo(this.userId);
		assertThat(rotation.refreshToken()).isNotEqualTo(first);
		assertThat(this.jdbc.queryForObject("select count(distinct family_id) from refresh_tokens where user_id = ?",
				Integer.class, this.userId))
			.isEqualTo(1);
		assertThat(this.tokens.rotate(rotation.refreshToken()).userId()).isEqualTo(this.userId);
	}

	@Test
	void rotateWhenTokenIsReusedRevokesTheWholeFamily() {
		String first = this.tokens.issue(this.userId);
		String second = this.tokens.rotate(first).refreshToken();
		String otherLogin = this.tokens.issue(this.userId);

		assertThatExceptionOfType(RefreshTokenRejectedException.class).isThrownBy(() -> this.tokens.rotate(first))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RefreshTokenRejectedException.Reason.REUSED));
		assertThatExceptionOfType(RefreshTokenRejectedException.class).isThrownBy(() -> this.tokens.rotate(second));
		assertThat(this.tokens.rotate(otherLogin).userId()).isEqualTo(this.userId);
	}

	@Test
	void rotateWhenTokenExpiredRejectsIt() {
		String token = this.tokens.issue(this.userId);
		this.clock.advance(Duration.ofDays(31));

		assertThatExceptionOfType(RefreshTokenRejectedException.class).isThrownBy(() -> this.tokens.rotate(token))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RefreshTokenRejectedException.Reason.EXPIRED));
	}

	@Test
	void rotateWhenTokenIsUnknownRejectsIt() {
		assertThatExceptionOfType(RefreshTokenRejectedException.class)
			.isThrownBy(() -> this.tokens.rotate("never issued"))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(RefreshTokenRejectedException.Reason.UNKNOWN);
				assertThat(ex.getBody().getProperties()).containsEntry("code", "invalid_refresh_token");
			});
	}

	@Test
	void revokeFamilyWhenTokenBelongsToAnotherUserChangesNothing() {
		String token = this.tokens.issue(this.userId);

		assertThat(this.tokens.revokeFamily(token, this.userId + 1000)).isFalse();
		assertThat(this.tokens.revokeFamily(token, this.userId)).isTrue();
		assertThatExceptionOfType(RefreshTokenRejectedException.class).isThrownBy(() -> this.tokens.rotate(token));
	}

	@Test
	void issueWhenUserHasLongExpiredTokensForgetsThem() {
		this.tokens.issue(this.userId);
		this.clock.advance(Duration.ofDays(40));

		this.tokens.issue(this.userId);

		assertThat(this.jdbc.queryForObject("select count(*) from refresh_tokens where user_id = ?", Integer.class,
				this.userId))
			.isEqualTo(1);
	}

}
