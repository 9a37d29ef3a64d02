package dev.pterogateway.server;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A bare identifier that exists on more than one panel: the caller must say which, as
 * {@code panel:identifier}.
 */
public class AmbiguousServerIdException extends ErrorResponseException {

	private final List<String> candidates;

	public AmbiguousServerIdException(ServerRef ref, List<String> candidates) {
		super(HttpStatus.CONFLICT, problem(ref, candidates), null);
		this.candidates = List.copyOf(candidates);
	}

	/**
	 * The qualified ids the bare identifier could mean, such as {@code main:1a7ce997}.
	 * @return the candidates, sorted
	 */
	public List<String> candidates() {
		return this.candidates;
	}

	private static ProblemDetail problem(ServerRef ref, List<String> candidates) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Server id '%s' exists on several panels; use one of %s.".formatted(ref,
						String.join(", ", candidates)));
		problem.setProperty("code", "ambiguous_server_id");
		problem.setProperty("candidates", candidates);
		return problem;
	}

}
