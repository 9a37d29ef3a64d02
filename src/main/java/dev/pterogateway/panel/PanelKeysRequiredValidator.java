package dev.pterogateway.panel;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PanelKeysRequired}: one violation per bad panel, each naming it.
 */
class PanelKeysRequiredValidator implements ConstraintValidator<PanelKeysRequired, PanelProperties> {

	/**
	 * Panel names appear in ids such as {@code oci:1a7ce997} and in STOMP destinations,
	 * so they must not contain {@code :} or {@code .}.
	 */
	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

	@Override
	public boolean isValid(PanelProperties properties, ConstraintValidatorContext context) {
		boolean valid = true;
		context.disableDefaultConstraintViolation();
		for (var entry : properties.panels().entrySet()) {
			String name = entry.getKey();
			if (!NAME.matcher(name).matches()) {
				violation(context, "panel '" + name
						+ "': a panel name may contain only lower-case letters, digits and '-' (it is used in server ids)");
				valid = false;
			}
			PanelProperties.Panel panel = entry.getValue();
			if (panel.url() != null && !isHttpUrl(panel.url())) {
				violation(context,
						"panel " + name + ": url must be an absolute http or https URL such as "
								+ "https://panel.example.com (set PTERO_PANELS_"
								+ name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL)");
				valid = false;
			}
			if (!panel.hasKey(PanelApi.CLIENT) && !panel.hasKey(PanelApi.APPLICATION)) {
				violation(context,
						"panel " + name + ": no key is set; set " + PanelApi.CLIENT.keyEnvironmentVariable(name) + " ("
								+ PanelApi.CLIENT.keyProperty(name) + ") and/or "
								+ PanelApi.APPLICATION.keyEnvironmentVariable(name) + " ("
								+ PanelApi.APPLICATION.keyProperty(name) + ")");
				valid = false;
			}
		}
		return valid;
	}

	private static boolean isHttpUrl(URI url) {
		return ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))
				&& url.getHost() != null;
	}

	private static void violation(ConstraintValidatorContext context, String message) {
		context.buildConstraintViolationWithTemplate(escape(message))
			.addPropertyNode("panels")
			.addConstraintViolation();
	}

	/**
	 * Messages are templates; a panel name must not be read as an expression.
	 */
	private static String escape(String message) {
		return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
	}

}
