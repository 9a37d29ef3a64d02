package dev.pterogateway.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents every error answer of the API as what it is, an RFC 9457 problem with our
 * {@code code} and {@code error}, instead of the success type springdoc would put there.
 */
@Component
class ProblemDocumentation implements OpenApiCustomizer {

	static final String SCHEMA = "Problem";

	private static final String UNREADABLE_BODY = "a body that is missing, not JSON or has a field of the wrong type "
			+ "(invalid_body)";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents().addSchemas(SCHEMA, problemSchema());
		openApi.getPaths()
			.entrySet()
			.stream()
			.filter((path) -> path.getKey().startsWith("/api/"))
			.flatMap((path) -> path.getValue().readOperations().stream())
			.filter((operation) -> operation.getRequestBody() != null && operation.getResponses() != null)
			.forEach(ProblemDocumentation::documentUnreadableBody);
		openApi.getPaths()
			.entrySet()
			.stream()
			.filter((path) -> path.getKey().startsWith("/api/"))
			.flatMap((path) -> path.getValue().readOperations().stream())
			.filter((operation) -> operation.getResponses() != null)
			.flatMap((operation) -> operation.getResponses().entrySet().stream())
			.filter((response) -> isError(response.getKey()))
			.map(Map.Entry::getValue)
			.forEach(ProblemDocumentation::describeAsProblem);
	}

	/** Every operation with a body may answer {@code invalid_body}. */
	private static void documentUnreadableBody(Operation operation) {
		ApiResponse badRequest = operation.getResponses().get("400");
		if (badRequest == null) {
			operation.getResponses().addApiResponse("400", new ApiResponse().description(UNREADABLE_BODY));
		}
		else if (badRequest.getDescription() == null || !badRequest.getDescription().contains("invalid_body")) {
			String description = badRequest.getDescription();
			badRequest.setDescription(((description != null) ? description + "; or " : "") + UNREADABLE_BODY);
		}
	}

	private static boolean isError(String status) {
		return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
	}

	private static void describeAsProblem(ApiResponse response) {
		response.setContent(new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
	}

	private static Schema<?> problemSchema() {
		ObjectSchema schema = new ObjectSchema();
		schema.description("An RFC 9457 problem; some carry more properties, such as candidates, fields or panel.");
		schema.addProperty("type", new StringSchema().description("a URI for the problem type").example("about:blank"));
		schema.addProperty("title", new StringSchema().description("the HTTP reason phrase"));
		schema.addProperty("status", new IntegerSchema().description("the HTTP status"));
		schema.addProperty("detail", new StringSchema().description("one human sentence"));
		schema.addProperty("instance", new StringSchema().description("the request path"));
		schema.addProperty("code",
				new StringSchema().description("a stable snake_case code to switch on").example("server_not_found"));
		schema.addProperty("error", new StringSchema().description("the human message (as detail)"));
		schema.setRequired(List.of("status", "code", "error"));
		return schema;
	}

}
