package dev.pterogateway.monitor;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A stored alert, as {@code GET /api/alerts} lists it and STOMP messages carry it.
 *
 * @param id the alert's id
 * @param panel the panel
 * @param serverId the server's identifier, or {@code null} for a panel alert
 * @param serverName the server's name when it was raised
 * @param kind {@code cpu}, {@code memory}, {@code disk}, {@code crash} or
 * {@code panel_unreachable}
 * @param level {@code warning} or {@code critical}
 * @param value the value that raised it (percent of the limit), if any
 * @param threshold the threshold it crossed, if any
 * @param message a one-line description
 * @param raisedAt when it was raised
 * @param clearedAt when it cleared, or {@code null} while open
 * @param acknowledgedAt when someone acknowledged it, or {@code null}
 * @param acknowledgedBy who acknowledged it (e-mail), or {@code null}
 * @param ownerId the panel's id of the server's owner (not in the API)
 */
public record Alert(long id, String panel, @Nullable String serverId, @Nullable String serverName, String kind,
		String level, @Nullable Double value, @Nullable Double threshold, String message, Instant raisedAt,
		@Nullable Instant clearedAt, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy,
		@JsonIgnore @Nullable Long ownerId) {

	/**
	 * Whether the alert is still open.
	 * @return {@code open} or {@code cleared}
	 */
	@JsonProperty("status")
	public String status() {
		return (this.clearedAt == null) ? "open" : "cleared";
	}

}
