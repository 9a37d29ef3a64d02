package dev.pterogateway.panel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriBuilder;

/**
 * Panel users through the application API ({@code /api/application/users}). Blocking;
 * each call waits at most the panel's timeout.
 */
public final class ApplicationUserApi {

	private static final int USERS_PER_PAGE = 100;

	private static final ParameterizedTypeReference<ListPage<PanelUser>> USERS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<PanelUser>> USER = new ParameterizedTypeReference<>() {
	};

	private final PanelTransport transport;

	ApplicationUserApi(PanelTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every user of the panel (all pages).
	 * @return the users in id order
	 */
	public List<PanelUser> list() {
		return this.transport.awaitAllPages(PanelApi.APPLICATION,
				(uri, page) -> usersPage(uri, page).queryParam("sort", "id").build(), USERS);
	}

	/**
	 * The user with exactly this e-mail address (case-insensitive). The panel's filter
	 * matches substrings, so the answer is narrowed here.
	 * @param email the e-mail address
	 * @return the user, if any
	 */
	public Optional<PanelUser> findByEmail(String email) {
		List<PanelUser> candidates = this.transport.awaitAllPages(PanelApi.APPLICATION,
				(uri, page) -> usersPage(uri, page).queryParam("filter[email]", "{email}").build(email), USERS);
		String wanted = email.toLowerCase(Locale.ROOT);
		return candidates.stream().filter((user) -> user.email().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
	}

	private static UriBuilder usersPage(UriBuilder uri, int page) {
		return uri.path("/api/application/users").queryParam("per_page", USERS_PER_PAGE).queryParam("page", page);
	}

	/**
	 * One user.
	 * @param id the user's id
	 * @return the user
	 * @throws PanelNotFoundException if there is none
	 */
	public PanelUser get(int id) {
		return this.transport
			.await(this.transport.retrieve(HttpMethod.GET, PanelApi.APPLICATION,
					(uri) -> uri.path("/api/application/users/{id}").build(id), null, USER))
			.require();
	}

	/**
	 * The user with an external id ({@code GET /api/application/users/external/{id}}).
	 * @param externalId the external id
	 * @return the user, if any
	 */
	public Optional<PanelUser> findByExternalId(String externalId) {
		try {
			return Optional.of(this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.APPLICATION,
					(uri) -> uri.path("/api/application/users/external/{externalId}").build(externalId), null, USER))
				.require());
		}
		catch (PanelNotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Creates a user.
	 * @param request the user
	 * @return the new user
	 * @throws PanelValidationException if a field is invalid or the e-mail or user name
	 * is taken ({@code unique})
	 */
	public PanelUser create(PanelUserRequest request) {
		return this.transport
			.await(this.transport.retrieve(HttpMethod.POST, PanelApi.APPLICATION,
					(uri) -> uri.path("/api/application/users").build(), request, USER))
			.require();
	}

	/**
	 * Replaces a user's fields (see {@link PanelUserRequest#from(PanelUser)}).
	 * @param id the user's id
	 * @param request the user's new state
	 * @return the updated user
	 */
	public PanelUser update(int id, PanelUserRequest request) {
		return this.transport.await(this.transport.retrieve(HttpMethod.PATCH, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/users/{id}").build(id), request, USER))
			.require();
	}

	/**
	 * Deletes a user.
	 * @param id the user's id
	 * @throws PanelConflictException if the user still owns servers
	 */
	public void delete(int id) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.DELETE, PanelApi.APPLICATION,
				(uri) -> uri.path("/api/application/users/{id}").build(id), null));
	}

}
