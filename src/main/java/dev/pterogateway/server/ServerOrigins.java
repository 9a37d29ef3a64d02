package dev.pterogateway.server;

import java.util.Optional;

/**
 * Where a server came from in the gateway's catalog: the OS template and tariff it was
 * created with. Servers created on the panel directly have no origin. The catalog
 * implements it (as a component, so that it replaces the default that knows nothing).
 */
public interface ServerOrigins {

	/**
	 * The origin of a server, if the gateway created it.
	 * @param panel the panel the server lives on
	 * @param identifier its 8-character identifier
	 * @return the origin, empty when unknown
	 */
	Optional<ServerOrigin> find(String panel, String identifier);

}
