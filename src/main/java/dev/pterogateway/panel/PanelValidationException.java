package dev.pterogateway.panel;

import java.util.List;

/**
 * The panel rejected the request body (422): one {@link PanelFieldError} per failed rule.
 */
public class PanelValidationException extends PanelException {

	private final List<PanelFieldError> fieldErrors;

	/**
	 * Creates a new instance.
	 * @param panel the panel's name
	 * @param detail a summary of the failed rules
	 * @param fieldErrors the failed rules
	 */
	public PanelValidationException(String panel, String detail, List<PanelFieldError> fieldErrors) {
		super(panel, 422, "ValidationException", detail, null);
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	/**
	 * The failed rules, in the panel's order.
	 * @return the field errors
	 */
	public List<PanelFieldError> fieldErrors() {
		return this.fieldErrors;
	}

}
