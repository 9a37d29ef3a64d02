package dev.pterogateway.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Application API users: list, view, external view, create, full-replacement update,
 * delete.
 */
final class ApplicationUserRoutes implements RouteGroup {

	private static final String USERS = "/api/application/users";

	private static final Pattern USERNAME = Pattern.compile("^[a-z0-9]([\\w.-]+)[a-z0-9]$");

	private final SimulatorContext context;

	private final ApplicationJson json;

	private final ApplicationServerJson serverJson;

	ApplicationUserRoutes(SimulatorContext context) {
		this.context = context;
		this.json = new ApplicationJson(context.model());
		this.serverJson = new ApplicationServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.get(USERS, this::list);
		routes.post(USERS, this::create);
		routes.get(USERS + "/external/{external_id}", this::viewExternal);
		routes.get(USERS + "/{user}", this::view);
		routes.patch(USERS + "/{user}", this::update);
		routes.delete(USERS + "/{user}", this::delete);
	}

	private PanelModel model() {
		return this.context.model();
	}

	private ApiResponse list(ApiRequest request) {
		Map<String, String> filters = Filters.allowed(request, List.of("email", "uuid", "username", "external_id"));
		List<PanelUser> users = model().users;
		users = Filters.partial(users, filters.get("email"), (user) -> user.email);
		users = Filters.partial(users, filters.get("uuid"), (user) -> user.uuid);
		users = Filters.partial(users, filters.get("username"), (user) -> user.username);
		users = Filters.partial(users, filters.get("external_id"), (user) -> user.externalId);
		users = new Sorting<PanelUser>().allow("id", (a, b) -> Integer.compare(a.id, b.id))
			.allow("uuid", (a, b) -> a.uuid.compareTo(b.uuid))
			.apply(request, users);
		Set<String> includes = ApplicationJson.includes(request);
		return ApiResponse.ok(Pagination.of(request, 50, 0)
			.list(users, (user) -> user(user, includes), request, this.context.address().baseUrl()));
	}

	private ApiResponse view(ApiRequest request) {
		return ApiResponse.ok(user(require(request), ApplicationJson.includes(request)));
	}

	private ApiResponse viewExternal(ApiRequest request) {
		String externalId = request.variable("external_id");
		PanelUser user = model().users.stream()
			.filter((candidate) -> externalId.equals(candidate.externalId))
			.findFirst()
			.orElseThrow(PanelApiException::notFound);
		return ApiResponse.ok(user(user, ApplicationJson.includes(request)));
	}

	private ApiResponse create(ApiRequest request) {
		JsonNode body = JsonBody.normalize(request.body());
		validate(body, null);
		PanelUser user = model().createUser(username(body), Objects.requireNonNull(JsonBody.text(body, "email")),
				Objects.requireNonNull(JsonBody.text(body, "first_name")),
				Objects.requireNonNull(JsonBody.text(body, "last_name")), JsonBody.bool(body, "root_admin", false));
		user.externalId = JsonBody.text(body, "external_id");
		String language = JsonBody.text(body, "language");
		user.language = (language != null) ? language : "en";
		String password = JsonBody.text(body, "password");
		user.password = (password != null) ? password : model().randomString(32);
		ObjectNode item = user(user, ApplicationJson.includes(request));
		item.putObject("meta").put("resource", this.context.address().baseUrl() + USERS + "/" + user.id);
		return ApiResponse.created(item);
	}

	/** PATCH is a full replacement: the same rules as create, required fields again. */
	private ApiResponse update(ApiRequest request) {
		PanelUser user = require(request);
		JsonNode body = JsonBody.normalize(request.body());
		validate(body, user);
		user.email = Objects.requireNonNull(JsonBody.text(body, "email"));
		user.username = username(body);
		user.firstName = Objects.requireNonNull(JsonBody.text(body, "first_name"));
		user.lastName = Objects.requireNonNull(JsonBody.text(body, "last_name"));
		if (body.has("external_id")) {
			user.externalId = JsonBody.text(body, "external_id");
		}
		if (body.has("language")) {
			user.language = Objects.requireNonNullElse(JsonBody.text(body, "language"), user.language);
		}
		if (body.has("root_admin")) {
			user.rootAdmin = JsonBody.bool(body, "root_admin", user.rootAdmin);
		}
		String password = JsonBody.text(body, "password");
		if (password != null) {
			user.password = password;
		}
		user.updatedAt = model().now();
		return ApiResponse.ok(user(user, ApplicationJson.includes(request)));
	}

	private ApiResponse delete(ApiRequest request) {
		PanelUser user = require(request);
		if (model().servers.stream().anyMatch((server) -> server.ownerId == user.id)) {
			throw PanelApiException.display("Cannot delete a user with active servers attached to their account. "
					+ "Please delete their servers before continuing.");
		}
		model().deleteUser(user);
		return ApiResponse.noContent();
	}

	private PanelUser require(ApiRequest request) {
		return model().findUser(request.numericVariable("user")).orElseThrow(PanelApiException::notFound);
	}

	private ObjectNode user(PanelUser user, Set<String> includes) {
		ObjectNode item = this.json.user(user);
		if (includes.contains("servers")) {
			ApplicationJson.relate(item, "servers",
					Envelope.list(model().servers.stream()
						.filter((server) -> server.ownerId == user.id)
						.map((server) -> this.serverJson.server(server, Set.of()))
						.toList()));
		}
		return item;
	}

	private static String username(JsonNode body) {
		return Objects.requireNonNull(JsonBody.text(body, "username")).toLowerCase(Locale.ROOT);
	}

	/**
	 * {@code User::$validationRules} as {@code StoreUserRequest} picks them, in that
	 * order.
	 */
	private void validate(JsonNode body, @Nullable PanelUser self) {
		RequestValidator validator = new RequestValidator(body).name("external_id", "Third Party Identifier")
			.name("root_admin", "Root Administrator Status");
		validator.field("email")
			.required()
			.email()
			.between(1, 191)
			.unique((value) -> taken(self, (user) -> user.email.equalsIgnoreCase(JsonBody.text(value))));
		validator.field("external_id")
			.sometimes()
			.nullable()
			.string()
			.max(191)
			.unique((value) -> taken(self, (user) -> JsonBody.text(value).equals(user.externalId)));
		validator.field("username")
			.required()
			.between(1, 191)
			.unique((value) -> taken(self, (user) -> user.username.equalsIgnoreCase(JsonBody.text(value))))
			.rule("p_username", (value) -> USERNAME.matcher(JsonBody.text(value).toLowerCase(Locale.ROOT)).matches(),
					"The %s must start and end with alpha-numeric characters and contain only letters, numbers, "
							+ "dashes, underscores, and periods.");
		validator.field("password").sometimes().nullable().string();
		validator.field("root_admin").bool();
		validator.field("language").string();
		validator.field("first_name").required().string().between(1, 191);
		validator.field("last_name").required().string().between(1, 191);
		validator.validate();
	}

	private boolean taken(@Nullable PanelUser self, Predicate<PanelUser> matches) {
		return model().users.stream().filter((user) -> user != self).anyMatch(matches);
	}

}
