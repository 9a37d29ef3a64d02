package dev.pterogateway.server;

import dev.pterogateway.auth.Caller;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What users may do to their own servers.
 *
 * @param ownerCanDelete whether a user may delete a server they own (administrators
 * always may)
 */
@Validated
@ConfigurationProperties("ptero.servers")
public record ServerProperties(@DefaultValue("false") boolean ownerCanDelete) {

	/**
	 * Tells whether a caller who may see a server may also delete it.
	 * @param caller who asks
	 * @return {@code true} for administrators, and for owners when they may delete
	 */
	public boolean allowsDeletionBy(Caller caller) {
		return caller.isAdmin() || this.ownerCanDelete;
	}

}
