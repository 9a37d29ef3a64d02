package dev.pterogateway.server;

/**
 * The new password of a server owner's panel account (panel login and SFTP), shown once.
 *
 * @param status always {@code success}
 * @param id the server's identifier
 * @param panel the panel it lives on
 * @param password the new password
 */
public record PasswordReset(String status, String id, String panel, String password) {

	@Override
	public String toString() {
		return "PasswordReset[id=" + this.id + ", panel=" + this.panel + ", password=(hidden)]";
	}

}
