package dev.pterogateway.audit;

/**
 * How an audited action ended.
 */
public enum AuditOutcome {

	/** The action was carried out. */
	SUCCESS,

	/** The action was attempted and failed (bad input, panel error). */
	FAILURE,

	/** The caller was not allowed to do it. */
	DENIED

}
