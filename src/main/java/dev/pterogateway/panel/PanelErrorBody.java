package dev.pterogateway.panel;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The panel's error answer: {@code {"errors": [{"code", "status", "detail", "meta"}]}}.
 * {@code status} is a string; {@code meta} carries {@code source_field} and {@code rule}
 * on validation errors.
 *
 * @param errors the errors; usually one, one per failed rule for a 422
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PanelErrorBody(@JsonProperty("errors") @Nullable List<Entry> errors) {

	List<Entry> entries() {
		return (this.errors != null) ? this.errors : List.of();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Entry(@JsonProperty("code") @Nullable String code, @JsonProperty("status") @Nullable String status,
			@JsonProperty("detail") @Nullable String detail, @JsonProperty("meta") @Nullable Meta meta) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Meta(@JsonProperty("source_field") @Nullable String sourceField,
			@JsonProperty("rule") @Nullable String rule) {

	}

}
