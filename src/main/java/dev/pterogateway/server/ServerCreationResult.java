package dev.pterogateway.server;

import org.jspecify.annotations.Nullable;

/**
 * A server just created: the panel installs it now.
 *
 * @param id its 8-character identifier
 * @param panel the panel it was created on
 * @param status {@code installing}
 * @param rootPassword the password of the panel account created for the caller (panel
 * login and SFTP), shown only this once; {@code null} when the caller already had an
 * account on that panel
 */
public record ServerCreationResult(String id, String panel, String status, @Nullable String rootPassword) {

	@Override
	public String toString() {
		return "ServerCreationResult[id=" + this.id + ", panel=" + this.panel + ", status=" + this.status
				+ ", rootPassword=" + ((this.rootPassword != null) ? "(hidden)" : "null") + "]";
	}

}
