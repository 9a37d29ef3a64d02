package dev.pterogateway.realtime;

import java.time.Duration;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Adds the STOMP destinations and message bodies to the OpenAPI description, which has no
 * other place for them.
 */
@Component
class RealtimeApiDescription implements OpenApiCustomizer {

	private static final String SECTION = """


			## Realtime (STOMP over WebSocket)

			Connect to `/ws` (native WebSocket) or `/ws-sockjs` (SockJS fallback) with \
			`Authorization: Bearer <access token or API key>` in the CONNECT frame. Heartbeats: %s both ways. \
			A client that cannot keep up (%s buffered or a send blocked %s) is disconnected.

			| destination | who may subscribe | what |
			|---|---|---|
			| `/topic/servers.{panel}.{id}.stats` | owner, admins | one message per sweep that samples the server \
			(polled, or from its Wings stats stream) |
			| `/topic/servers.{panel}.{id}.alerts` | owner, admins | alert raised / cleared |
			| `/user/queue/alerts` | anyone (own alerts) | alerts of the caller's servers |
			| `/topic/alerts` | admins | every alert, panel alerts included |
			| `/topic/servers.{panel}.{id}.console` | owner, admins | the live console: recent lines first, then \
			live lines, status and install output; SUBSCRIBE header `ansi: strip` strips ANSI codes |
			| `/user/queue/errors` | anyone (own errors) | failures of the caller's SENDs |

			| SEND destination | who | body |
			|---|---|---|
			| `/app/servers.{panel}.{id}.command` | owner, admins | `{"command":"say hello"}`; audited |

			Stats message:

			```json
			{"panel":"oci","id":"1a7ce997","at":"2026-01-01T12:00:00Z","state":"running","cpu":42.5,"cpuAbsolute":85.0,
			 "memory":{"used":536870912,"max":2147483648,"usage":25.0},"disk":{"used":1073741824,"max":10737418240,"usage":10.0},
			 "networkIn":123456,"networkOut":654321,"uptime":3600}
			```

			Alert message (`event` is `raised` or `cleared`; the alert as in `GET /api/alerts`):

			```json
			{"event":"raised","alert":{"id":17,"panel":"oci","serverId":"1a7ce997","serverName":"Lobby","kind":"cpu",
			 "level":"critical","value":97.5,"threshold":95.0,"message":"CPU of server Lobby (oci:1a7ce997) at 97.5 %% of its limit (threshold 95 %%)",
			 "raisedAt":"2026-01-01T12:00:00Z","clearedAt":null,"acknowledgedAt":null,"acknowledgedBy":null,"status":"open"}}
			```

			Console messages (`type` is `line`, `install`, `status` or `error`; an `error` ends the relay and a new \
			SUBSCRIBE tries afresh):

			```json
			{"type":"line","line":"[12:00:01 INFO]: Done (3.214s)!","at":"2026-01-01T12:00:01.120Z"}
			{"type":"status","state":"running","at":"2026-01-01T12:00:01.120Z"}
			{"type":"error","code":"console_auth_failed","error":"Wings refused the console token of this server; subscribe again to retry.","at":"2026-01-01T12:00:01.120Z"}
			```

			Error message on `/user/queue/errors`:

			```json
			{"code":"server_offline","error":"Server must be online in order to send commands."}
			```
			""";

	private final RealtimeProperties properties;

	RealtimeApiDescription(RealtimeProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		Info info = openApi.getInfo();
		if (info != null && info.getDescription() != null && !info.getDescription().contains("## Realtime")) {
			info.setDescription(info.getDescription() + section());
		}
	}

	/** The section with the configured heartbeat and send limits. */
	String section() {
		return SECTION.formatted(describe(this.properties.heartbeat()), describe(this.properties.sendBufferSize()),
				describe(this.properties.sendTimeLimit()));
	}

	private static String describe(Duration duration) {
		return (duration.toMillisPart() == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	private static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		return (bytes % DataSize.ofKilobytes(1).toBytes() == 0) ? size.toKilobytes() + " KB" : bytes + " bytes";
	}

}
