package dev.pterogateway.server;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Which of the caller's servers to list ({@code GET /api/server} query parameters).
 *
 * @param panel only servers on this panel
 * @param status only servers with this lifecycle status
 * @param q only servers whose name contains this text (case-insensitive)
 * @param page the page, from 0
 * @param size servers per page, 1 to 1000
 */
public record ServerListQuery(@Parameter(description = "only servers on this panel") @Nullable String panel,
		@Parameter(description = "only servers with this status: installed, suspended, installing, "
				+ "install_failed, reinstall_failed or restoring_backup") @Nullable String status,
		@Parameter(description = "only servers whose name contains this text, ignoring case") @Nullable String q,
		@Parameter(description = "the page, from 0",
				schema = @Schema(type = "integer", defaultValue = "0", minimum = "0")) @Min(0) @Nullable Integer page,
		@Parameter(description = "servers per page", schema = @Schema(type = "integer", defaultValue = "100",
				minimum = "1", maximum = "1000")) @Min(1) @Max(1000) @Nullable Integer size) {

	static final int DEFAULT_SIZE = 100;

	int pageOrDefault() {
		return (this.page != null) ? this.page : 0;
	}

	int sizeOrDefault() {
		return (this.size != null) ? this.size : DEFAULT_SIZE;
	}

	boolean matches(ServerSummary server) {
		return (this.panel == null || this.panel.equalsIgnoreCase(server.panel()))
				&& (this.status == null || this.status.equalsIgnoreCase(server.status()))
				&& (this.q == null || server.name().toLowerCase(Locale.ROOT).contains(this.q.toLowerCase(Locale.ROOT)));
	}

}
