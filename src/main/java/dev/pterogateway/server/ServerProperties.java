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
 * @param ownerCanResizeWithoutTariff whether a user may resize a server they own that has
 * no tariff to bound it (one the gateway did not create, or whose tariff was deleted);
 * off, only administrators may, so that nobody grants themselves unbounded resources
 */
@Validated
@ConfigurationProperties("ptero.servers")
public record ServerProperties(@DefaultValue("false") boolean ownerCanDelete,
		@DefaultValue("false") boolean ownerCanResizeWithoutTariff) {

	/**
	 * Tells whether a caller who may see a server may also delete it.
	 * @param caller who asks
	 * @return {@code true} for administrators, and for owners when they may delete
	 */
	public boolean allowsDeletionBy(Caller caller) {
		return caller.isAdmin() || this.ownerCanDelete;
	}

}
