package dev.pterogateway.panel;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A {@code signed_url}: a short-lived download link on the node. The URL carries a token,
 * so it is never logged.
 *
 * @param url the link
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SignedUrl(@JsonProperty("url") URI url) {

	@Override
	public String toString() {
		return "SignedUrl[(hidden)]";
	}

}
