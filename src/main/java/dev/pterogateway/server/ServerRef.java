package dev.pterogateway.server;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How a caller names a server: the panel's 8-character identifier, optionally qualified
 * by the panel as {@code oci:1a7ce997}. A full 36-character uuid is accepted too and
 * shortened to its identifier, as the panel does.
 *
 * @param panel the panel name, or {@code null} when the caller gave a bare identifier
 * @param identifier the 8-character identifier, lower case
 */
public record ServerRef(@Nullable String panel, String identifier) {

	private static final Pattern FORM = Pattern.compile(
			"(?:(?<panel>[a-z0-9][a-z0-9_-]{0,31}):)?(?<identifier>[0-9a-f]{8})(?:-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?");

	/**
	 * Reads {@code identifier}, {@code panel:identifier} or a uuid in either form.
	 * @param id the id from the path or body
	 * @return the reference
	 * @throws InvalidServerIdException when the id has neither form
	 */
	public static ServerRef parse(@Nullable String id) {
		String normalized = (id != null) ? id.trim().toLowerCase(Locale.ROOT) : "";
		Matcher matcher = FORM.matcher(normalized);
		if (!matcher.matches()) {
			throw new InvalidServerIdException(id);
		}
		return new ServerRef(matcher.group("panel"), matcher.group("identifier"));
	}

	/**
	 * The panel the caller named, if any.
	 * @return the panel name
	 */
	public Optional<String> findPanel() {
		return Optional.ofNullable(this.panel);
	}

	/**
	 * The same server, qualified by its panel.
	 * @param panel the panel the server lives on
	 * @return {@code panel:identifier}
	 */
	public ServerRef on(String panel) {
		return new ServerRef(panel, this.identifier);
	}

	@Override
	public String toString() {
		return (this.panel != null) ? this.panel + ":" + this.identifier : this.identifier;
	}

}
