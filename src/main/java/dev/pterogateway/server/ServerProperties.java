package dev.pterogateway.server;

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

}
