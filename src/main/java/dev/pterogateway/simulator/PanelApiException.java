package dev.pterogateway.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answered in the panel's {@code {"errors":[…]}} shape: {@code code} is the
 * panel's exception class name, {@code status} the HTTP status as a string.
 */
final class PanelApiException extends RuntimeException {

	static final String NOT_FOUND_DETAIL = "The requested resource could not be found on the server.";

	static final String NO_ACCESS_DETAIL = "The requested resource does not exist on this server.";

	private final int status;

	private final String code;

	private final List<FieldError> fieldErrors;

	private final Map<String, String> headers = new LinkedHashMap<>();

	PanelApiException(int status, String code, String detail) {
		this(status, code, detail, List.of());
	}

	private PanelApiException(int status, String code, String detail, List<FieldError> fieldErrors) {
		super(detail, null, false, false);
		this.status = status;
		this.code = code;
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	static PanelApiException notFound() {
		return new PanelApiException(404, "NotFoundHttpException", NOT_FOUND_DETAIL);
	}

	static PanelApiException noAccess() {
		return new PanelApiException(404, "NotFoundHttpException", NO_ACCESS_DETAIL);
	}

	static PanelApiException forbidden(String detail) {
		return new PanelApiException(403, "AccessDeniedHttpException", detail);
	}

	static PanelApiException badRequest(String detail) {
		return new PanelApiException(400, "BadRequestHttpException", detail);
	}

	static PanelApiException display(String detail) {
		return new PanelApiException(400, "DisplayException", detail);
	}

	static PanelApiException stateConflict(String detail) {
		return new PanelApiException(409, "ServerStateConflictException", detail);
	}

	static PanelApiException validation(List<FieldError> errors) {
		return new PanelApiException(422, "ValidationException", errors.get(0).detail(), errors);
	}

	PanelApiException withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	int status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	List<FieldError> fieldErrors() {
		return this.fieldErrors;
	}

	Map<String, String> headers() {
		return this.headers;
	}

}
