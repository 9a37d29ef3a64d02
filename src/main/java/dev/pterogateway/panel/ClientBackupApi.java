package dev.pterogateway.panel;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriBuilder;

/**
 * Backups of one panel's servers through the client API
 * ({@code /api/client/servers/{server}/backups}). Backups are asynchronous: a new one is
 * in progress until Wings reports, so poll {@link #get} until {@link Backup#inProgress()}
 * is false. Blocking; each call waits at most the panel's timeout.
 */
public final class ClientBackupApi {

	private static final int BACKUPS_PER_PAGE = 50;

	private static final ParameterizedTypeReference<ListPage<Backup>> BACKUPS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<Backup>> BACKUP = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Item<SignedUrl>> SIGNED_URL = new ParameterizedTypeReference<>() {
	};

	private final PanelTransport transport;

	ClientBackupApi(PanelTransport transport) {
		this.transport = transport;
	}

	/**
	 * Every backup of a server (all pages), failed ones included.
	 * @param identifier the server's identifier
	 * @return the backups in the panel's order
	 */
	public List<Backup> list(String identifier) {
		return this.transport.awaitAllPages(PanelApi.CLIENT, (uri, page) -> backupsPage(uri, identifier, page),
				BACKUPS);
	}

	private static URI backupsPage(UriBuilder uri, String identifier, int page) {
		return uri.path("/api/client/servers/{server}/backups")
			.queryParam("per_page", BACKUPS_PER_PAGE)
			.queryParam("page", page)
			.build(identifier);
	}

	/**
	 * Starts a backup. It comes back in progress.
	 * @param identifier the server's identifier
	 * @param request what to back up
	 * @return the new backup
	 * @throws PanelConflictException with code {@code TooManyBackupsException} when the
	 * server's backup limit is reached (or 0)
	 * @throws PanelRateLimitedException when more than the panel's allowance of backups
	 * was started recently (2 per 10 minutes by default)
	 */
	public Backup create(String identifier, BackupRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (request.name() != null) {
			body.put("name", request.name());
		}
		if (!request.ignoredFiles().isEmpty()) {
			// The panel takes the patterns as one newline-separated string.
			body.put("ignored", String.join("\n", request.ignoredFiles()));
		}
		body.put("is_locked", request.locked());
		return this.transport
			.await(this.transport.retrieve(HttpMethod.POST, PanelApi.CLIENT,
					(uri) -> uri.path("/api/client/servers/{server}/backups").build(identifier), body, BACKUP))
			.require();
	}

	/**
	 * One backup.
	 * @param identifier the server's identifier
	 * @param uuid the backup's uuid
	 * @return the backup
	 * @throws PanelNotFoundException if there is no such backup on that server
	 */
	public Backup get(String identifier, String uuid) {
		return this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/backups/{backup}").build(identifier, uuid), null,
				BACKUP))
			.require();
	}

	/**
	 * Locks an unlocked backup or unlocks a locked one (the panel only toggles).
	 * @param identifier the server's identifier
	 * @param uuid the backup's uuid
	 * @return the backup with its new lock state
	 */
	public Backup toggleLock(String identifier, String uuid) {
		return this.transport.await(this.transport.retrieve(HttpMethod.POST, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/backups/{backup}/lock").build(identifier, uuid), null,
				BACKUP))
			.require();
	}

	/**
	 * Restores a backup. The server is {@code restoring_backup} until Wings is done.
	 * @param identifier the server's identifier
	 * @param uuid the backup's uuid
	 * @param truncate whether to delete all the server's files first
	 * @throws PanelConflictException if the backup is still in progress or the server's
	 * state forbids it
	 */
	public void restore(String identifier, String uuid, boolean truncate) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.POST, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/backups/{backup}/restore").build(identifier, uuid),
				Map.of("truncate", truncate)));
	}

	/**
	 * Deletes a backup.
	 * @param identifier the server's identifier
	 * @param uuid the backup's uuid
	 * @throws PanelConflictException with code {@code BackupLockedException} if it is
	 * locked
	 */
	public void delete(String identifier, String uuid) {
		this.transport.awaitDone(this.transport.execute(HttpMethod.DELETE, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/backups/{backup}").build(identifier, uuid), null));
	}

	/**
	 * A download link for a backup, valid about 15 minutes. It carries a token: hand it
	 * to the client, never log it.
	 * @param identifier the server's identifier
	 * @param uuid the backup's uuid
	 * @return the link
	 */
	public URI downloadUrl(String identifier, String uuid) {
		return this.transport.await(this.transport.retrieve(HttpMethod.GET, PanelApi.CLIENT,
				(uri) -> uri.path("/api/client/servers/{server}/backups/{backup}/download").build(identifier, uuid),
				null, SIGNED_URL))
			.require()
			.url();
	}

}
