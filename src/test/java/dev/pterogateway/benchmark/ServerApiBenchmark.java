package dev.pterogateway.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.pterogateway.TestDatabase;
import dev.pterogateway.auth.ApiClient;
import dev.pterogateway.auth.TestAccounts;
import dev.pterogateway.server.DirectoryEntry;
import dev.pterogateway.server.ServerDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures for the server API over real HTTP against two simulated panels with
 * {@value #SERVERS_PER_PANEL} servers each: how long a full listing of both panels takes,
 * the latency of the merged list and of a live status call, list throughput under
 * concurrent callers, and the heap the directory holds per server. It prints figures and
 * asserts only that the answers are right: speed is the machine's business, so no figure
 * is a pass/fail threshold. Run it with {@code ./mvnw -B test -Pbenchmark}; the default
 * build skips the {@code benchmark} tag.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "ptero.demo.realistic-timings=false",
				"ptero.demo.servers-per-panel=" + ServerApiBenchmark.SERVERS_PER_PANEL, "ptero.demo.users-per-panel=20",
				"ptero.monitor.enabled=false", "ptero.demo.rate-limit-per-minute=10000000",
				"logging.level.dev.pterogateway=WARN" })
@ContextConfiguration(initializers = TestDatabase.class)
class ServerApiBenchmark {

	static final int SERVERS_PER_PANEL = 1000;

	private static final int PANELS = 2;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ServerDirectory directory;

	private ApiClient api;

	private String adminToken;

	private final List<String> report = new ArrayList<>();

	@BeforeAll
	void setUp() {
		this.api = new ApiClient(this.port);
		this.adminToken = new TestAccounts(this.context, this.api).admin().accessToken();
		this.report.add(String.format("ptero-gateway server API benchmark: %d panels x %d servers, %d cores, %s",
				PANELS, SERVERS_PER_PANEL, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
	}

	@Test
	void figures() throws Exception {
		directoryRefresh();
		directoryHeap();
		mergedList();
		liveStatus();
		concurrentListThroughput();
		System.out.println(String.join(System.lineSeparator(), this.report));
	}

	private void directoryRefresh() {
		this.directory.refresh();
		Samples samples = measure(10, () -> {
			this.directory.refresh();
			return this.directory.entries().size();
		}, PANELS * SERVERS_PER_PANEL);
		this.report.add(samples.describe("directory refresh, both panels, every page"));
	}

	private void directoryHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		this.directory.evict("main");
		this.directory.evict("oci");
		long before = settledHeap(memory);
		this.directory.refresh();
		long after = settledHeap(memory);
		int entries = this.directory.entries().size();
		assertThat(entries).isEqualTo(PANELS * SERVERS_PER_PANEL);
		this.report.add(String.format("directory heap: %d entries, ~%d bytes each (GC-settled heap delta, rough)",
				entries, Math.max(0, after - before) / entries));
	}

	private void mergedList() {
		String path = "/api/server?size=1000";
		measure(20, () -> listed(path), SERVERS_PER_PANEL);
		this.report.add(measure(200, () -> listed(path), SERVERS_PER_PANEL)
			.describe("GET /api/server?size=1000 (admin, warm directory)"));
		String filtered = "/api/server?size=100&q=a&panel=oci";
		measure(20, () -> status(filtered), 200);
		this.report
			.add(measure(200, () -> status(filtered), 200).describe("GET /api/server filtered by name and panel"));
	}

	private void liveStatus() {
		DirectoryEntry entry = this.directory.entries().get(0);
		String path = "/api/server/" + entry.panel() + ":" + entry.identifier() + "/status";
		measure(20, () -> status(path), 200);
		this.report
			.add(measure(200, () -> status(path), 200).describe("GET /api/server/{id}/status (panel round trip)"));
	}

	private void concurrentListThroughput() throws Exception {
		int callers = 8;
		long seconds = 5;
		AtomicLong completed = new AtomicLong();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				running.add(pool.submit(() -> {
					while (System.nanoTime() < deadline) {
						assertThat(status("/api/server?size=100")).isEqualTo(200);
						completed.incrementAndGet();
					}
				}));
			}
			for (Future<?> caller : running) {
				caller.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		this.report.add(String.format("GET /api/server?size=100, %d concurrent callers: %.0f requests/s", callers,
				completed.get() / (double) seconds));
	}

	private int listed(String path) {
		ApiClient.Reply reply = this.api.get(path, this.adminToken);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json().path("data").size();
	}

	private int status(String path) {
		return this.api.get(path, this.adminToken).status();
	}

	private static Samples measure(int iterations, Supplier<Integer> call, int expected) {
		long[] nanos = new long[iterations];
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			int answer = call.get();
			nanos[i] = System.nanoTime() - start;
			assertThat(answer).isEqualTo(expected);
		}
		return new Samples(nanos);
	}

	private static long settledHeap(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private record Samples(long[] nanos) {

		String describe(String what) {
			long[] sorted = this.nanos.clone();
			java.util.Arrays.sort(sorted);
			return String.format("%-55s n=%4d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms", what,
					sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
					sorted[sorted.length - 1] / 1e6);
		}

		private static double millis(long[] sorted, double quantile) {
			int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
			return sorted[Math.max(0, index)] / 1e6;
		}

	}

}
