package dev.pterogateway.web;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into RFC 9457 problems. Our own exceptions describe
 * themselves ({@code ErrorResponseException}); panel failures are translated by
 * {@link PanelExceptionHandler}; anything unexpected becomes a 500 without internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected error on {}", request.getDescription(false), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The gateway hit an unexpected error; it has been logged.");
		problem.setProperty("code", "internal_error");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), messageOf(error)))
			.toList();
		return validationFailed(fields, headers, request);
	}

	/** A body that is missing, not JSON, or has a field of the wrong type. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				InputProblems.unreadableBody(ex));
		problem.setProperty("code", "invalid_body");
		return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** A path variable or query parameter that does not convert to its type. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: String.valueOf(ex.getPropertyName());
		FieldProblem field = new FieldProblem(name, InputProblems.notConvertible(ex.getValue(), ex.getRequiredType()));
		return validationFailed(List.of(field), headers, request);
	}

	/**
	 * The 400 {@code validation_failed} problem listing what is wrong with each field.
	 */
	private ResponseEntity<Object> validationFailed(List<FieldProblem> fields, HttpHeaders headers,
			WebRequest request) {
		String detail = fields.stream()
			.map((field) -> field.field() + ": " + field.message())
			.collect(Collectors.joining("; ", "Invalid request: ", "."));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("code", "validation_failed");
		problem.setProperty("fields", fields);
		return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String messageOf(FieldError error) {
		if (error.isBindingFailure()) {
			return InputProblems.notConvertible(error.getRejectedValue(), requiredType(error));
		}
		String message = error.getDefaultMessage();
		return (message != null) ? message : "is invalid";
	}

	/** The type a binding failure wanted, from its {@code typeMismatch.<class>} code. */
	private static @Nullable Class<?> requiredType(FieldError error) {
		String[] codes = error.getCodes();
		if (codes == null) {
			return null;
		}
		for (String code : codes) {
			String name = code.startsWith("typeMismatch.") ? code.substring("typeMismatch.".length()) : "";
			if (ClassUtils.isPresent(name, ApiExceptionHandler.class.getClassLoader())) {
				return ClassUtils.resolveClassName(name, ApiExceptionHandler.class.getClassLoader());
			}
		}
		return null;
	}

	/**
	 * One invalid request field.
	 *
	 * @param field the field's path in the request
	 * @param message what is wrong with it
	 */
	record FieldProblem(String field, String message) {

	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			ProblemCodes.complete(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

}
