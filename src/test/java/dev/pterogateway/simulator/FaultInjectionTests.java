package dev.pterogateway.simulator;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class FaultInjectionTests {

	private PanelSimulator simulator;

	private SimulatorClient admin;

	@BeforeEach
	void start() {
		this.simulator = PanelSimulator.start(SimulatorSettings.defaults("main"));
		this.admin = SimulatorClient.of(this.simulator, this.simulator.clientKey());
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void failNextWhen500AnswersGenericErrorThenRecovers() {
		this.simulator.faults().failNext(2, 500);

		SimulatorClient.Response first = this.admin.get("/api/client/account");
		SimulatorClient.Response second = this.admin.get("/api/client");
		SimulatorClient.Response third = this.admin.get("/api/client/account");

		assertThat(first.status()).isEqualTo(500);
		assertThat(first.body()).isEqualTo("{\"errors\":[{\"code\":\"ErrorException\",\"status\":\"500\",\"detail\":"
				+ "\"An unexpected error was encountered while processing this request, please try again.\"}]}");
		assertThat(second.status()).isEqualTo(500);
		assertThat(third.status()).isEqualTo(200);
	}

	@Test
	void failNextWhen504AnswersDaemonConnectionException() {
		this.simulator.faults().failNext(1, 504);

		SimulatorClient.Response response = this.admin.get("/api/client/account");

		assertThat(response.status()).isEqualTo(504);
		assertThat(response.body()).isEqualTo("{\"errors\":[{\"code\":\"DaemonConnectionException\",\"status\":\"504\","
				+ "\"detail\":\"Could not establish a connection to the machine running this server. Please try again.\"}]}");
	}

	@Test
	void failNextWhenScopedToPrefixSparesOtherPaths() {
		this.simulator.faults().failNext(1, 502, "/api/client/servers/");
		String id = this.simulator.state().servers().get(0).identifier();

		SimulatorClient.Response account = this.admin.get("/api/client/account");
		SimulatorClient.Response server = this.admin.get("/api/client/servers/" + id);

		assertThat(account.status()).isEqualTo(200);
		assertThat(server.status()).isEqualTo(502);
		assertThat(server.json().at("/errors/0/code").asString()).isEqualTo("DaemonConnectionException");
		assertThat(server.json().at("/errors/0/detail").asString()).startsWith(
				"There was an error while communicating with the machine running this server. This error has been logged, please try again. (code: 502) (request_id: ");
	}

	@Test
	void failAllWhenSetFailsUntilCleared() {
		this.simulator.faults().failAll(503);

		assertThat(this.admin.get("/api/client/account").status()).isEqualTo(503);
		assertThat(this.admin.get("/api/client/account").status()).isEqualTo(503);
		this.simulator.faults().clear();
		assertThat(this.admin.get("/api/client/account").status()).isEqualTo(200);
	}

	@Test
	void rateLimitNextWhenSetAnswers429WithRetryHeaders() {
		this.simulator.faults().rateLimitNext(1, Duration.ofSeconds(30));
		long now = System.currentTimeMillis() / 1000;

		SimulatorClient.Response response = this.admin.get("/api/client/account");

		assertThat(response.status()).isEqualTo(429);
		assertThat(response.body()).isEqualTo(
				"{\"errors\":[{\"code\":\"ThrottleRequestsException\",\"status\":\"429\",\"detail\":\"Too Many Attempts.\"}]}");
		assertThat(response.header("Retry-After")).isEqualTo("30");
		assertThat(Long.parseLong(response.header("X-RateLimit-Reset"))).isBetween(now + 29, now + 32);
		assertThat(response.header("X-RateLimit-Remaining")).isEqualTo("0");
		assertThat(this.admin.get("/api/client/account").status()).isEqualTo(200);
	}

	@Test
	void hangNextWhenSetNeverAnswersUntilCleared() throws Exception {
		this.simulator.faults().hangNext(1);
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(this.simulator.url().resolve("/api/client/account"))
			.header("Authorization", "Bearer " + this.simulator.clientKey())
			.timeout(Duration.ofMillis(500))
			.build();

		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
		HttpRequest patient = HttpRequest.newBuilder(request.uri())
			.header("Authorization", "Bearer " + this.simulator.clientKey())
			.build();
		CompletableFuture<HttpResponse<String>> next = http.sendAsync(patient, HttpResponse.BodyHandlers.ofString());
		assertThat(next.get().statusCode()).isEqualTo(200);
		this.simulator.faults().clear();
		assertThat(this.simulator.requests()).first().satisfies((recorded) -> assertThat(recorded.status()).isZero());
	}

	@Test
	void latencyWhenSetDelaysResponses() {
		this.simulator.faults().latency(Duration.ofMillis(300));
		long started = System.nanoTime();

		assertThat(this.admin.get("/api/client/account").status()).isEqualTo(200);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void stopWhenCalledRefusesConnectionsAndRestartKeepsPortAndState() {
		URI url = this.simulator.url();
		String id = this.simulator.state().seedServer(ServerSeed.of("Kept", "player1@example.com")).identifier();

		this.simulator.stop();

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.admin.get("/api/client/account"))
			.withCauseInstanceOf(ConnectException.class);
		this.simulator.restart();
		assertThat(this.simulator.url()).isEqualTo(url);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.admin.get("/api/client/servers/" + id).status()).isEqualTo(200));
	}

	@Test
	void stopWhenClientHoldsKeptAliveConnectionClosesItToo() {
		assertThat(this.admin.get("/api/client/account").status()).isEqualTo(200);

		this.simulator.stop();

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> this.admin.get("/api/client/account"));
		assertThat(this.simulator.requests()).hasSize(1);
	}

	@Test
	void requestsWhenReceivedAreRecordedWithKeyIdentifierOnly() {
		this.admin.get("/api/client/account?x=1");
		SimulatorClient.of(this.simulator, null).get("/api/client/account");

		assertThat(this.simulator.requests()).hasSize(2);
		RecordedRequest first = this.simulator.requests().get(0);
		assertThat(first.method()).isEqualTo("GET");
		assertThat(first.pathAndQuery()).isEqualTo("/api/client/account?x=1");
		assertThat(first.keyIdentifier()).isEqualTo(this.simulator.clientKey().substring(0, 16));
		assertThat(first.status()).isEqualTo(200);
		assertThat(this.simulator.requests().get(1).keyIdentifier()).isNull();
		assertThat(this.simulator.requests().get(1).status()).isEqualTo(401);
	}

}
