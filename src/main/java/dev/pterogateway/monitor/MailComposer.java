package dev.pterogateway.monitor;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the notification mails: the server's name and panel, the values, and a link to
 * the server's alerts under the gateway's public address.
 */
final class MailComposer {

	private final String publicUrl;

	MailComposer(MailProperties properties) {
		String url = properties.publicUrl().toString();
		this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	Mail alert(Alert alert, String recipient) {
		String server = (alert.serverId() != null) ? describe(alert.serverName(), alert.panel(), alert.serverId())
				: "panel " + alert.panel();
		String subject = "[ptero-gateway] " + alert.level().toUpperCase(Locale.ROOT) + " " + alert.kind() + ": "
				+ server;
		String link = (alert.serverId() != null)
				? this.publicUrl + "/api/alerts?server=" + alert.panel() + ":" + alert.serverId()
				: this.publicUrl + "/api/alerts";
		String values = (alert.value() != null) ? String.format(Locale.ROOT, "%.1f %% (threshold %.0f %%)",
				alert.value(), (alert.threshold() != null) ? alert.threshold() : 0.0) : "-";
		String text = alert.message() + "\n\nServer: " + server + "\nPanel: " + alert.panel() + "\nLevel: "
				+ alert.level() + "\nValue: " + values + "\nRaised at: " + alert.raisedAt() + "\n\nDetails: " + link
				+ "\n";
		String html = "<html><body><p>" + escape(alert.message()) + "</p><table>" + row("Server", server)
				+ row("Panel", alert.panel()) + row("Level", alert.level()) + row("Value", values)
				+ row("Raised at", alert.raisedAt().toString()) + "</table><p><a href=\"" + escape(link)
				+ "\">Details</a></p></body></html>";
		return new Mail(recipient, subject, text, html);
	}

	Mail serverCreated(String panel, String identifier, String name, String recipient) {
		String server = describe(name, panel, identifier);
		String link = this.publicUrl + "/api/server/" + panel + ":" + identifier;
		String subject = "[ptero-gateway] Server created: " + server;
		String text = "Your server " + server + " was created on panel " + panel + ".\n\nDetails: " + link + "\n";
		String html = "<html><body><p>Your server <b>" + escape(server) + "</b> was created on panel " + escape(panel)
				+ ".</p><p><a href=\"" + escape(link) + "\">Details</a></p></body></html>";
		return new Mail(recipient, subject, text, html);
	}

	private static String describe(@Nullable String name, String panel, String identifier) {
		return ((name != null) ? name + " " : "") + "(" + panel + ":" + identifier + ")";
	}

	private static String row(String label, String value) {
		return "<tr><th align=\"left\">" + escape(label) + "</th><td>" + escape(value) + "</td></tr>";
	}

	private static String escape(String value) {
		return HtmlUtils.htmlEscape(value);
	}

}
