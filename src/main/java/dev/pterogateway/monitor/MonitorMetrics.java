package dev.pterogateway.monitor;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The monitor's Micrometer meters ({@code /actuator/metrics/ptero.monitor.*} and
 * {@code ptero.mail.*}).
 */
@Component
class MonitorMetrics {

	/** A page of the panel's server listing. */
	static final String LISTING = "listing";

	/** A {@code GET /resources} poll. */
	static final String RESOURCES = "resources";

	/** A {@code GET /websocket} token request of a stats stream. */
	static final String TOKEN = "token";

	private final MeterRegistry registry;

	private final Map<String, AtomicInteger> observed = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> rateLimitRemaining = new ConcurrentHashMap<>();

	MonitorMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void sweepTook(String panel, Duration duration) {
		Timer.builder("ptero.monitor.sweep.duration")
			.description("Time one panel's sweep took")
			.tag("panel", panel)
			.register(this.registry)
			.record(duration);
	}

	void observed(String panel, int servers) {
		gauge("ptero.monitor.servers.observed", "Servers observed in the latest sweep", this.observed, panel)
			.set(servers);
	}

	void rateLimitRemaining(String panel, int remaining) {
		gauge("ptero.monitor.panel.ratelimit.remaining", "Client-API calls the panel said were left",
				this.rateLimitRemaining, panel)
			.set(remaining);
	}

	/**
	 * Counts calls the monitor sent to a panel.
	 * @param panel the panel
	 * @param call {@link #LISTING}, {@link #RESOURCES} or {@link #TOKEN}
	 * @param ok how many succeeded
	 * @param failed how many failed
	 */
	void panelRequests(String panel, String call, int ok, int failed) {
		requests(panel, call, "success").increment(ok);
		requests(panel, call, "error").increment(failed);
	}

	void sweepSkipped(String panel) {
		Counter.builder("ptero.monitor.sweep.skipped")
			.description("Sweeps of a panel not started because its previous one still ran")
			.tag("panel", panel)
			.register(this.registry)
			.increment();
	}

	private Counter requests(String panel, String call, String outcome) {
		return Counter.builder("ptero.monitor.panel.requests")
			.description("Calls the monitor sent to a panel: listings, resource polls, websocket tokens")
			.tag("panel", panel)
			.tag("call", call)
			.tag("outcome", outcome)
			.register(this.registry);
	}

	void alertFired(AlertKind kind, AlertLevel level) {
		Counter.builder("ptero.monitor.alerts.fired")
			.description("Alerts raised")
			.tag("kind", kind.wireValue())
			.tag("level", level.wireValue())
			.register(this.registry)
			.increment();
	}

	void mailSent() {
		Counter.builder("ptero.mail.sent")
			.description("Mails delivered to the SMTP server")
			.register(this.registry)
			.increment();
	}

	void mailFailed() {
		Counter.builder("ptero.mail.failed")
			.description("Mail attempts that failed")
			.register(this.registry)
			.increment();
	}

	private AtomicInteger gauge(String name, String description, Map<String, AtomicInteger> values, String panel) {
		return values.computeIfAbsent(panel, (key) -> {
			AtomicInteger value = new AtomicInteger();
			Gauge.builder(name, value, AtomicInteger::get)
				.description(description)
				.tag("panel", key)
				.register(this.registry);
			return value;
		});
	}

}
