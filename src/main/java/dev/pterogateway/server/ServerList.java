package dev.pterogateway.server;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of the caller's servers on every panel, with how current each panel's part is.
 *
 * @param data the servers of this page
 * @param page where this page is
 * @param panels each panel's listing state
 * @param degraded whether some panel's listing is not current (its servers may be missing
 * or out of date)
 */
public record ServerList(List<ServerSummary> data, Paging page, List<PanelListing> panels,
		@Schema(description = "whether some panel's listing is not current") boolean degraded) {

	/**
	 * Where a page is in the whole list.
	 *
	 * @param number the page, from 0
	 * @param size the page size asked for
	 * @param totalElements how many servers match in all
	 * @param totalPages how many pages there are
	 */
	public record Paging(int number, int size, long totalElements, int totalPages) {

	}

	/**
	 * How current the gateway's listing of one panel is.
	 *
	 * @param name the panel
	 * @param status {@code ok} when its latest listing succeeded, else
	 * {@code unavailable}
	 * @param lastOkAt when it was last listed successfully, or {@code null} if never
	 */
	public record PanelListing(String name,
			@Schema(description = "whether the panel's latest listing worked", allowableValues = {
					"ok", "unavailable" }) String status,
			@Schema(description = "when the panel was last listed successfully") @Nullable Instant lastOkAt){

		static PanelListing from(DirectoryState state) {
			return new PanelListing(state.panel(), state.isCurrent() ? "ok" : "unavailable", state.lastLoadedAt());
		}

	}

}
