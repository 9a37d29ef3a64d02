package dev.pterogateway.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.pterogateway.GatewayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute force against the login: failures slow down, then answer 429 with Retry-After,
 * per account and per client address, and never tell whether the account exists. Each
 * test logs in from its own loopback address so the address counts do not mix.
 */
@GatewayIntegrationTest
class LoginThrottleTests {

	/**
	 * 127.0.0.1 is the other tests' address; each test here takes the next unused one.
	 */
	private static final AtomicInteger nextAddress = new AtomicInteger(20);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.context, new ApiClient(this.port));
	}

	@Test
	void loginWhenAccountFailsRepeatedlySlowsDownThenAnswersTooManyRequests() {
		LoopbackClient client = newClient();
		String email = TestAccounts.uniqueEmail("brute");
		this.accounts.create(Role.USER, email, "the right password");

		List<Long> millis = new ArrayList<>();
		for (int attempt = 1; attempt <= 10; attempt++) {
			long started = System.nanoTime();
			LoopbackClient.Reply reply = client.post("/api/auth/login", login(email, "guess " + attempt));
			millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
			assertThat(reply.status()).isEqualTo(401);
		}
		LoopbackClient.Reply blocked = client.post("/api/auth/login", login(email, "guess 11"));
		LoopbackClient.Reply rightButBlocked = client.post("/api/auth/login", login(email, "the right password"));

		assertThat(millis.get(9)).as("the tenth failure is held back").isGreaterThanOrEqualTo(900);
		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.code()).isEqualTo("login_throttled");
		assertThat(Long.parseLong(blocked.headers().get("retry-after"))).isPositive();
		assertThat(rightButBlocked.status()).isEqualTo(429);
	}

	@Test
	void loginWhenAccountIsUnknownAnswersExactlyLikeKnownAccount() {
		String known = TestAccounts.uniqueEmail("known");
		this.accounts.create(Role.USER, known, "the right password");

		List<String> forKnown = bruteForce(newClient(), known);
		List<String> forUnknown = bruteForce(newClient(), TestAccounts.uniqueEmail("unknown"));

		assertThat(forUnknown).isEqualTo(forKnown);
		assertThat(forKnown).endsWith("429 login_throttled Too many failed logins; try again later.");
	}

	@Test
	void loginWhenItSucceedsForgetsEarlierFailuresOfTheAccount() {
		LoopbackClient client = newClient();
		String email = TestAccounts.uniqueEmail("forgiven");
		this.accounts.create(Role.USER, email, "the right password");
		for (int attempt = 0; attempt < 8; attempt++) {
			client.post("/api/auth/login", login(email, "wrong"));
		}

		assertThat(client.post("/api/auth/login", login(email, "the right password")).status()).isEqualTo(200);
		for (int attempt = 0; attempt < 9; attempt++) {
			assertThat(client.post("/api/auth/login", login(email, "wrong")).status()).isEqualTo(401);
		}
	}

	@Test
	void loginWhenOneAddressTriesManyAccountsAnswersTooManyRequests() throws Exception {
		LoopbackClient client = newClient();
		String email = TestAccounts.uniqueEmail("victim");
		this.accounts.create(Role.USER, email, "the right password");

		List<Integer> statuses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Integer>> attempts = new ArrayList<>();
			for (int attempt = 0; attempt < 40; attempt++) {
				String guessed = TestAccounts.uniqueEmail("spray");
				attempts.add(pool.submit(() -> client.post("/api/auth/login", login(guessed, "password1")).status()));
			}
			for (Future<Integer> attempt : attempts) {
				statuses.add(attempt.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		LoopbackClient.Reply blocked = client.post("/api/auth/login", login(email, "the right password"));
		LoopbackClient.Reply elsewhere = newClient().post("/api/auth/login", login(email, "the right password"));

		assertThat(statuses).containsOnly(401);
		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.headers()).containsKey("retry-after");
		assertThat(elsewhere.status()).as("another address is not blocked").isEqualTo(200);
	}

	private static List<String> bruteForce(LoopbackClient client, String email) {
		List<String> answers = new ArrayList<>();
		for (int attempt = 0; attempt < 11; attempt++) {
			LoopbackClient.Reply reply = client.post("/api/auth/login", login(email, "guess " + attempt));
			answers.add(reply.status() + " " + reply.code() + " " + reply.body().path("error").asString());
		}
		return answers;
	}

	private LoopbackClient newClient() {
		return new LoopbackClient(this.port, "127.0.0." + nextAddress.getAndIncrement());
	}

	private static Map<String, String> login(String email, String password) {
		return Map.of("email", email, "password", password);
	}

}
