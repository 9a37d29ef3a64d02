package dev.pterogateway.auth;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.pterogateway.RequiresPostgres;
import dev.pterogateway.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The V2 accounts schema and the account repositories' own queries on a real PostgreSQL.
 */
@RequiresPostgres
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestDatabase.class)
class AccountRepositoriesPostgresTests {

	@Autowired
	private UserRepository users;

	@Autowired
	private PanelAccountRepository panelAccounts;

	@Autowired
	private ApiKeyRepository apiKeys;

	@Autowired
	private RefreshTokenRepository refreshTokens;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void migrateWhenFreshPostgresAppliesAccountsMigration() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		List<String> versions = this.jdbc.queryForList(
				"SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success ORDER BY installed_rank",
				String.class);
		assertThat(versions).contains("2");
	}

	@Test
	void saveWhenUserHasLinksAndKeysReadsThemBack() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		User user = this.users.saveAndFlush(new User(unique(), "pg", "{noop}x", Role.USER, now));
		long panelUserId = randomPanelUserId();
		this.panelAccounts.saveAndFlush(new PanelAccount(user.getId(),
				new PanelUserDetails("oci", panelUserId, "player1", "player1@example.com"), PanelAccountLinkType.AUTO,
				now));
		ApiKeyToken token = ApiKeyToken.generate();
		this.apiKeys.saveAndFlush(new ApiKey(token, "script", user.getId(), now, null));

		assertThat(this.users.findByEmail(user.getEmail())).isPresent();
		assertThat(this.panelAccounts.findByUserIdOrderByPanelAscPanelUserIdAsc(user.getId()))
			.extracting(PanelAccount::toRef)
			.containsExactly(new PanelAccountRef("oci", panelUserId));
		assertThat(this.apiKeys.findByPrefix(token.prefix())).get()
			.extracting(ApiKey::getSecretHash)
			.isEqualTo(token.secretHash());
		assertThat(this.apiKeys.touch(token.prefix(), now.plusSeconds(120), now.plusSeconds(60))).isEqualTo(1);
		assertThat(this.apiKeys.touch(token.prefix(), now.plusSeconds(130), now.plusSeconds(70))).isZero();
	}

	@Test
	void saveWhenPanelAccountIsLinkedTwiceFails() {
		Instant now = Instant.now();
		long panelUserId = randomPanelUserId();
		User first = this.users.saveAndFlush(new User(unique(), "a", "{noop}x", Role.USER, now));
		User second = this.users.saveAndFlush(new User(unique(), "b", "{noop}x", Role.USER, now));
		PanelUserDetails panelUser = new PanelUserDetails("main", panelUserId, null, null);
		this.panelAccounts.saveAndFlush(new PanelAccount(first.getId(), panelUser, PanelAccountLinkType.ADMIN, now));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.panelAccounts
			.saveAndFlush(new PanelAccount(second.getId(), panelUser, PanelAccountLinkType.ADMIN, now)));
	}

	@Test
	void rotateWhenTokenWasRotatedAlreadyChangesNothing() {
		Instant now = Instant.now();
		User user = this.users.saveAndFlush(new User(unique(), "r", "{noop}x", Role.USER, now));
		String family = UUID.randomUUID().toString();
		RefreshToken first = this.refreshTokens.saveAndFlush(
				new RefreshToken(TokenDigest.sha256Hex(unique()), family, user.getId(), now, now.plusSeconds(60)));
		RefreshToken next = this.refreshTokens.saveAndFlush(
				new RefreshToken(TokenDigest.sha256Hex(unique()), family, user.getId(), now, now.plusSeconds(60)));

		assertThat(this.refreshTokens.rotate(first.getId(), next.getId(), now)).isEqualTo(1);
		assertThat(this.refreshTokens.rotate(first.getId(), next.getId(), now)).isZero();
		assertThat(this.refreshTokens.revokeFamily(family, now)).isEqualTo(2);
	}

	/**
	 * Far above the simulated panels' ids, which other tests link in the same database.
	 */
	private static long randomPanelUserId() {
		return 1_000_000 + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000);
	}

	private static String unique() {
		return "pg-" + UUID.randomUUID() + "@example.test";
	}

}
