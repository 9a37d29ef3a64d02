package dev.pterogateway.panel;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Connection settings for the Pterodactyl panels behind the gateway. Keys come from the
 * environment ({@code PTERO_PANELS_MAIN_CLIENT_KEY} …) and never have a committed
 * default.
 *
 * @param panels the panels, keyed by the name used in ids such as {@code oci:1a7ce997};
 * may be empty (the gateway then starts without panels and says so)
 */
@Validated
@ConfigurationProperties("ptero")
@PanelKeysRequired
public record PanelProperties(@DefaultValue Map<String, @Valid Panel> panels) {

	public PanelProperties {
		panels = Collections.unmodifiableMap(new LinkedHashMap<>(panels));
	}

	/**
	 * One panel. At least one of the two keys must be set; a panel with only one key
	 * offers only that API.
	 *
	 * @param url base URL of the panel, without {@code /api}
	 * @param clientKey client API key ({@code ptlc_…}) of a root admin account: server
	 * listing, power, console, resources, backups
	 * @param applicationKey application API key ({@code ptla_…}): users, create, resize,
	 * suspend, nodes and eggs
	 * @param timeout longest time a single panel call may take
	 * @param connectTimeout longest time to open a connection to the panel
	 * @param maxConcurrency most calls in flight to this panel at once
	 */
	public record Panel(@NotNull URI url, @Nullable String clientKey, @Nullable String applicationKey,
			@DefaultValue("10s") Duration timeout, @DefaultValue("3s") Duration connectTimeout,
			@DefaultValue("8") @Positive int maxConcurrency) {

		public Panel {
			clientKey = StringUtils.hasText(clientKey) ? clientKey.strip() : null;
			applicationKey = StringUtils.hasText(applicationKey) ? applicationKey.strip() : null;
		}

		/**
		 * The key for one API.
		 * @param api the API
		 * @return the key, or {@code null} when it is not configured
		 */
		@Nullable String key(PanelApi api) {
			return (api == PanelApi.CLIENT) ? this.clientKey : this.applicationKey;
		}

		/**
		 * Whether the key for an API is set.
		 * @param api the API
		 * @return {@code true} if the API can be used
		 */
		public boolean hasKey(PanelApi api) {
			return key(api) != null;
		}

		/**
		 * The APIs that have a key.
		 * @return the configured APIs, in {@link PanelApi} order
		 */
		Set<PanelApi> configuredApis() {
			Set<PanelApi> apis = EnumSet.noneOf(PanelApi.class);
			for (PanelApi api : PanelApi.values()) {
				if (hasKey(api)) {
					apis.add(api);
				}
			}
			return apis;
		}

		/**
		 * A panel URL without its trailing slash: the base of every API path, and the
		 * {@code Origin} that Wings compares with the panel URL exactly.
		 * @param url the panel URL
		 * @return the URL as text, without a trailing slash
		 */
		static String baseUrl(URI url) {
			String text = url.toString();
			return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
		}

		/**
		 * The URL for logs and {@code toString}: a URL such as
		 * {@code https://user:secret@panel} would put a secret there, so the user info is
		 * left out.
		 * @return the URL as text, without user info
		 */
		String displayUrl() {
			// null only while an unset url is being reported as invalid
			if (this.url == null || this.url.getUserInfo() == null) {
				return String.valueOf(this.url);
			}
			return this.url.getScheme() + "://" + this.url.getHost()
					+ ((this.url.getPort() != -1) ? ":" + this.url.getPort() : "") + this.url.getRawPath();
		}

		/**
		 * Like the record's own, but without the keys or the URL's user info.
		 */
		@Override
		public String toString() {
			return "Panel[url=" + displayUrl() + ", clientKey=" + mask(this.clientKey) + ", applicationKey="
					+ mask(this.applicationKey) + ", timeout=" + this.timeout + ", connectTimeout="
					+ this.connectTimeout + ", maxConcurrency=" + this.maxConcurrency + "]";
		}

		private static String mask(@Nullable String key) {
			return (key != null) ? "(set)" : "(none)";
		}

	}

}
