package dev.pterogateway.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The panel's envelope of one resource: {@code {"object": "server", "attributes": {…}}}.
 * A relation the panel may not show is {@code {"object": "null_resource", "attributes":
 * null}}.
 *
 * @param <T> the attributes' type
 * @param object the resource name ({@code server}, {@code user}, {@code null_resource} …)
 * @param attributes the resource, or {@code null} for a {@code null_resource}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Item<T>(@JsonProperty("object") String object, @JsonProperty("attributes") @Nullable T attributes) {

	/**
	 * The attributes of an item that must have them.
	 * @return the attributes
	 * @throws IllegalStateException if this is a {@code null_resource}
	 */
	public T require() {
		if (this.attributes == null) {
			throw new IllegalStateException("The panel sent a '" + this.object + "' without attributes");
		}
		return this.attributes;
	}

}
