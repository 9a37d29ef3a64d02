package dev.pterogateway.server;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The panel refused to act on a server because of its state (suspended, installing,
 * restoring a backup, moving, node in maintenance), told apart by a code of its own so
 * that a client can say why.
 */
public class ServerStateConflictException extends ErrorResponseException {

	private final Reason reason;

	public ServerStateConflictException(ServerRef ref, Reason reason) {
		super(HttpStatus.CONFLICT, problem(ref, reason), null);
		this.reason = reason;
	}

	/**
	 * Why the server cannot act.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	private static ProblemDetail problem(ServerRef ref, Reason reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Server '%s' %s.".formatted(ref, reason.explanation));
		problem.setProperty("code", reason.code);
		problem.setProperty("panel", ref.panel());
		problem.setProperty("id", ref.identifier());
		return problem;
	}

	/**
	 * The states in which the panel refuses everything but reading a server's details.
	 */
	public enum Reason {

		/** An administrator suspended it. */
		SUSPENDED("server_suspended", "is suspended; it cannot be used until an administrator lifts the suspension"),

		/** It has not finished installing. */
		INSTALLING("server_installing", "is still installing; try again when the installation is done"),

		/** Its installation failed. */
		INSTALL_FAILED("server_install_failed", "failed to install; it must be reinstalled first"),

		/** It is being restored from a backup. */
		RESTORING_BACKUP("server_restoring_backup", "is being restored from a backup; try again when that is done"),

		/** It is moving to another node. */
		TRANSFERRING("server_transferring", "is being moved to another node; try again when that is done"),

		/** Its node is in maintenance. */
		NODE_MAINTENANCE("node_maintenance", "is on a node under maintenance; try again later");

		private final String code;

		private final String explanation;

		Reason(String code, String explanation) {
			this.code = code;
			this.explanation = explanation;
		}

		/**
		 * The problem code.
		 * @return for example {@code server_suspended}
		 */
		public String code() {
			return this.code;
		}

	}

}
