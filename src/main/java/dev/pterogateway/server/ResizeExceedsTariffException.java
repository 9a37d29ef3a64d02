package dev.pterogateway.server;

import java.util.List;
import java.util.Map;

import dev.pterogateway.catalog.Tariff;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A user asked for more than the tariff the server was created with allows (only
 * administrators may go beyond it).
 */
public class ResizeExceedsTariffException extends ErrorResponseException {

	ResizeExceedsTariffException(Tariff tariff, List<String> exceeded) {
		super(HttpStatus.CONFLICT, problem(tariff, exceeded), null);
	}

	private static ProblemDetail problem(Tariff tariff, List<String> exceeded) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The server's tariff '%s' allows at most %d cores, %d MiB memory and %d MiB disk; %s is beyond it."
					.formatted(tariff.name(), tariff.cores(), tariff.memoryMb(), tariff.diskMb(),
							String.join(", ", exceeded)));
		problem.setProperty("code", "exceeds_tariff");
		problem.setProperty("exceeded", exceeded);
		problem.setProperty("tariff", Map.of("id", tariff.id(), "name", tariff.name(), "cores", tariff.cores(),
				"memoryMb", tariff.memoryMb(), "diskMb", tariff.diskMb()));
		return problem;
	}

}
