package dev.pterogateway.panel;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

/**
 * The HTTP side of one panel: its {@link WebClient} with connect and response timeouts,
 * the bearer key per API, the concurrency limit, rate-limit handling and error
 * translation. Every panel call of the API classes goes through here.
 */
final class PanelTransport implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(PanelTransport.class);

	/**
	 * Lists of 100 servers with their variables exceed WebFlux's default 256 KiB.
	 */
	private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

	private static final int MAX_PAGES = 10_000;

	/**
	 * The call itself is bounded by the timeout; the block's own bound is a safety net
	 * that is never reached while that holds.
	 */
	private static final Duration BLOCK_GRACE = Duration.ofSeconds(1);

	private final String name;

	private final PanelProperties.Panel settings;

	private final WebClient webClient;

	private final ConnectionProvider connections;

	private final ConcurrencyLimit limit;

	private final RateLimits rateLimits;

	private final PanelStatusTracker status;

	private final PanelErrorTranslator errors;

	PanelTransport(String name, PanelProperties.Panel settings, WebClient.Builder builder, Clock clock) {
		this.name = name;
		this.settings = settings;
		this.connections = ConnectionProvider.builder("panel-" + name)
			.maxConnections(Math.max(settings.maxConcurrency(), 2))
			.pendingAcquireTimeout(settings.timeout())
			.maxIdleTime(Duration.ofSeconds(20))
			.build();
		HttpClient http = HttpClient.create(this.connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
			.responseTimeout(settings.timeout());
		this.webClient = builder.clone()
			.baseUrl(PanelProperties.Panel.baseUrl(settings.url()))
			.clientConnector(new ReactorClientHttpConnector(http))
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
			.build();
		this.limit = new ConcurrencyLimit(settings.maxConcurrency());
		this.rateLimits = new RateLimits(name, clock);
		this.status = new PanelStatusTracker(name, clock);
		this.errors = new PanelErrorTranslator(name);
	}

	String name() {
		return this.name;
	}

	PanelProperties.Panel settings() {
		return this.settings;
	}

	Duration timeout() {
		return this.settings.timeout();
	}

	Set<PanelApi> configuredApis() {
		return this.settings.configuredApis();
	}

	void requireApi(PanelApi api) {
		if (!this.settings.hasKey(api)) {
			throw new PanelApiNotConfiguredException(this.name, api);
		}
	}

	RateLimitStatus rateLimit(PanelApi api) {
		return this.rateLimits.status(api);
	}

	PanelStatusTracker status() {
		return this.status;
	}

	PanelHealth health() {
		return this.status.snapshot(configuredApis(), this.rateLimits::status);
	}

	/**
	 * A call that answers with a JSON body.
	 * @param method the HTTP method
	 * @param api the API (selects the key)
	 * @param uri the path and query, relative to the panel's URL
	 * @param body the JSON body, or {@code null}
	 * @param type the body's type
	 * @return the body; every attempt is bounded by the panel's timeout
	 */
	<T> Mono<T> retrieve(HttpMethod method, PanelApi api, Function<UriBuilder, URI> uri, @Nullable Object body,
			ParameterizedTypeReference<T> type) {
		return call(method, api, uri, body,
				(response) -> response.bodyToMono(type)
					.switchIfEmpty(Mono.error(() -> new PanelException(this.name, response.statusCode().value(), null,
							"the panel answered without a body", null))));
	}

	/**
	 * A call whose answer has no body we need (204, 202).
	 */
	Mono<Void> execute(HttpMethod method, PanelApi api, Function<UriBuilder, URI> uri, @Nullable Object body) {
		return call(method, api, uri, body, ClientResponse::releaseBody);
	}

	/**
	 * Blocks for a call's value, at most the panel's timeout (waiting for a free slot
	 * included).
	 * @throws PanelException on any failure
	 */
	<T> T await(Mono<T> call) {
		T value = bounded(call).block(timeout().plus(BLOCK_GRACE));
		if (value == null) {
			throw new PanelException(this.name, 0, null, "the panel answered without a body", null);
		}
		return value;
	}

	/**
	 * Blocks until a call completes, at most the panel's timeout.
	 * @throws PanelException on any failure
	 */
	void awaitDone(Mono<Void> call) {
		bounded(call).block(timeout().plus(BLOCK_GRACE));
	}

	/**
	 * The whole call (queue, rate-limit wait, attempts) within the timeout. When this
	 * bound fires before the attempt's own, the attempt is cancelled unseen, so the
	 * panel's status is updated here too.
	 */
	<T> Mono<T> bounded(Mono<T> call) {
		return call.timeout(timeout())
			.onErrorMap((error) -> this.errors.fromFailure(error, timeout()))
			.doOnError(PanelUnavailableException.class, this.status::failed);
	}

	private <T> Mono<T> call(HttpMethod method, PanelApi api, Function<UriBuilder, URI> uri, @Nullable Object body,
			Function<ClientResponse, Mono<T>> onSuccess) {
		requireApi(api);
		String key = Objects.requireNonNull(this.settings.key(api));
		Mono<T> attempt = Mono
			.defer(() -> request(method, key, uri, body).exchangeToMono((response) -> handle(api, response, onSuccess)))
			.timeout(timeout())
			.onErrorMap((error) -> this.errors.fromFailure(error, timeout()));
		Mono<T> gated = this.rateLimits.gate(api, method, timeout()).then(this.limit.limit(attempt));
		Mono<T> withRetry = (method == HttpMethod.GET) ? gated.retryWhen(this.rateLimits.retryShortWaits(timeout()))
				: gated;
		return withRetry.doOnSuccess((value) -> this.status.answered()).doOnError(this.status::failed);
	}

	private WebClient.RequestHeadersSpec<?> request(HttpMethod method, String key, Function<UriBuilder, URI> uri,
			@Nullable Object body) {
		WebClient.RequestBodySpec spec = this.webClient.method(method)
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(key));
		return (body != null) ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : spec;
	}

	private <T> Mono<T> handle(PanelApi api, ClientResponse response, Function<ClientResponse, Mono<T>> onSuccess) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		this.rateLimits.observe(api, headers);
		int code = response.statusCode().value();
		logger.debug("Panel {} answered {} to {} {}", this.name, code, response.request().getMethod(),
				response.request().getURI().getPath());
		if (response.statusCode().is2xxSuccessful()) {
			return onSuccess.apply(response);
		}
		return response.bodyToMono(String.class).defaultIfEmpty("").flatMap((text) -> {
			PanelException error = this.errors.fromResponse(api, code, headers, text);
			if (error instanceof PanelRateLimitedException rateLimited) {
				this.rateLimits.rejected(rateLimited);
			}
			return Mono.error(error);
		});
	}

	/**
	 * All pages of a paginated list, one after the other; each page is bounded by the
	 * panel's timeout.
	 * @param api the API
	 * @param uri the path and query of a page
	 * @param type the page's type
	 * @return the items of all pages, in order
	 */
	<T> Mono<List<T>> allPages(PanelApi api, PageUri uri, ParameterizedTypeReference<ListPage<T>> type) {
		return page(api, uri, 1, type)
			.expand((page) -> hasNext(page) ? page(api, uri, page.pagination().get().currentPage() + 1, type)
					: Mono.empty())
			.concatMapIterable(ListPage::items)
			.collectList();
	}

	/**
	 * Like {@link #allPages} but blocking, each page bounded by the timeout.
	 */
	<T> List<T> awaitAllPages(PanelApi api, PageUri uri, ParameterizedTypeReference<ListPage<T>> type) {
		List<T> items = new ArrayList<>();
		int number = 1;
		ListPage<T> page;
		do {
			page = await(page(api, uri, number++, type));
			items.addAll(page.items());
		}
		while (hasNext(page));
		return items;
	}

	private <T> Mono<ListPage<T>> page(PanelApi api, PageUri uri, int number,
			ParameterizedTypeReference<ListPage<T>> type) {
		return retrieve(HttpMethod.GET, api, (builder) -> uri.build(builder, number), null, type);
	}

	/**
	 * Follows {@code current_page < total_pages}, but stops on an empty page or past
	 * {@link #MAX_PAGES} in case a panel paginates wrongly.
	 */
	private static boolean hasNext(ListPage<?> page) {
		return page.hasNextPage() && !page.data().isEmpty() && page.pagination().get().currentPage() < MAX_PAGES;
	}

	/**
	 * The path and query of one page of a list.
	 */
	@FunctionalInterface
	interface PageUri {

		URI build(UriBuilder builder, int page);

	}

	@Override
	public void close() {
		this.connections.dispose();
	}

	@Override
	public String toString() {
		return "PanelTransport[" + this.name + " at " + this.settings.displayUrl() + "]";
	}

}
