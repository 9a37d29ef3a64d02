package dev.pterogateway.panel;

import java.util.List;

/**
 * No panel with that name is configured (for example the {@code xyz} of
 * {@code xyz:1a7ce997}).
 */
public class UnknownPanelException extends PanelException {

	private final List<String> known;

	/**
	 * Creates a new instance.
	 * @param panel the unknown name
	 * @param known the configured panel names
	 */
	public UnknownPanelException(String panel, List<String> known) {
		super(panel, 0, null,
				"no such panel; configured panels: " + (known.isEmpty() ? "none" : String.join(", ", known)), null);
		this.known = List.copyOf(known);
	}

	/**
	 * The configured panel names.
	 * @return the names
	 */
	public List<String> known() {
		return this.known;
	}

}
