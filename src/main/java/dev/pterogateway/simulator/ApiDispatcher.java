package dev.pterogateway.simulator;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one API request through the panel's middleware order: injected fault, route (404,
 * 405), key (401), rate limit (429 and {@code X-RateLimit-*} headers from here on), key
 * type (403), JSON body (400), then the handler under the model lock.
 */
final class ApiDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(ApiDispatcher.class);

	private final SimulatorContext context;

	private final RouteTable routes;

	private final RateLimiter limiter;

	private final JsonMapper mapper;

	ApiDispatcher(SimulatorContext context, RouteTable routes, RateLimiter limiter, JsonMapper mapper) {
		this.context = context;
		this.routes = routes;
		this.limiter = limiter;
		this.mapper = mapper;
	}

	ApiResponse dispatch(IncomingRequest incoming, Faults.@Nullable InjectedFault fault) {
		if (fault != null) {
			return injected(incoming, fault);
		}
		RateLimiter.Decision decision = null;
		ApiResponse response;
		try {
			RouteTable.Match match = this.routes.match(incoming.method(), incoming.path());
			ApiKey key = authenticate(incoming);
			PanelUser caller = this.context.model().requireUser(key.userId());
			ApiFamily family = ApiFamily.of(incoming.path());
			decision = this.limiter.hit(family + ":" + caller.uuid, limit(family));
			if (!decision.allowed()) {
				throw tooManyAttempts();
			}
			checkKeyType(family, key, caller);
			ApiRequest request = new ApiRequest(incoming.method(), incoming.path(),
					QueryParameters.parse(incoming.rawQuery()), match.variables(), body(incoming), caller, key);
			synchronized (this.context.model()) {
				response = match.handler().handle(request);
			}
		}
		catch (PanelApiException ex) {
			response = error(ex);
		}
		catch (RuntimeException ex) {
			logger.warn("Simulated panel {} failed on {} {}", this.context.settings().name(), incoming.method(),
					incoming.path(), ex);
			response = error(failure(500));
		}
		if (decision != null) {
			decision.applyTo(response);
		}
		return response;
	}

	private ApiKey authenticate(IncomingRequest incoming) {
		String token = incoming.bearerToken();
		if (token == null) {
			throw unauthenticated();
		}
		return this.context.model().findKey(token).orElseThrow(ApiDispatcher::unauthenticated);
	}

	private static PanelApiException unauthenticated() {
		return new PanelApiException(401, "AuthenticationException", "Unauthenticated.");
	}

	private static PanelApiException tooManyAttempts() {
		return new PanelApiException(429, "ThrottleRequestsException", "Too Many Attempts.");
	}

	private int limit(ApiFamily family) {
		return (family == ApiFamily.APPLICATION) ? this.context.settings().applicationRateLimit()
				: this.context.settings().clientRateLimit();
	}

	private static void checkKeyType(ApiFamily family, ApiKey key, PanelUser caller) {
		if (family == ApiFamily.CLIENT && key.isApplicationKey()) {
			throw PanelApiException.forbidden(
					"You are attempting to use an application API key on an endpoint that requires a client API key.");
		}
		if (family == ApiFamily.APPLICATION && !caller.rootAdmin) {
			throw PanelApiException.forbidden("This account does not have permission to access the API.");
		}
	}

	private JsonNode body(IncomingRequest incoming) {
		String contentType = incoming.contentType();
		if (incoming.body().isBlank() || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).contains("json")) {
			return Envelope.object();
		}
		try {
			return this.mapper.readTree(incoming.body());
		}
		catch (JacksonException ex) {
			throw PanelApiException
				.badRequest("The JSON data passed in the request appears to be malformed: Syntax error");
		}
	}

	private ApiResponse injected(IncomingRequest incoming, Faults.InjectedFault fault) {
		int status = fault.status();
		if (status == 429) {
			long retryAfter = Math.max(1, fault.retryAfter().toSeconds());
			ApiResponse response = error(tooManyAttempts());
			RateLimiter.Decision
				.denied(limit(ApiFamily.of(incoming.path())), retryAfter, this.context.model().now().getEpochSecond())
				.applyTo(response);
			return response;
		}
		return error(failure(status));
	}

	/** The body a panel answers with a given failure status. */
	static PanelApiException failure(int status) {
		switch (status) {
			case 500:
				return new PanelApiException(500, "ErrorException",
						"An unexpected error was encountered while processing this request, please try again.");
			case 502:
			case 503:
				return new PanelApiException(status, "DaemonConnectionException",
						"There was an error while communicating with the machine running this server. This error has been logged, please try again. (code: "
								+ status + ") (request_id: " + UUID.randomUUID() + ")");
			case 504:
				return new PanelApiException(504, "DaemonConnectionException",
						"Could not establish a connection to the machine running this server. Please try again.");
			case 401:
				return unauthenticated();
			case 403:
				return PanelApiException.forbidden("This action is unauthorized.");
			case 404:
				return PanelApiException.notFound();
			case 409:
				return new PanelApiException(409, "ConflictHttpException",
						"This action conflicts with the server state.");
			default:
				return new PanelApiException(status, "HttpException", "The panel failed with status " + status + ".");
		}
	}

	static ApiResponse error(PanelApiException exception) {
		ApiResponse response = new ApiResponse(exception.status(), Envelope.errors(exception));
		exception.headers().forEach(response::header);
		return response;
	}

}
