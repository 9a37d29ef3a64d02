package dev.pterogateway.server;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the server directory trusts its cached listing of each panel.
 *
 * @param ttl age after which a panel's listing is loaded again on the next lookup
 * @param missRefreshAfter age after which a lookup that finds nothing reloads the
 * listing, so that servers created elsewhere are found
 */
@Validated
@ConfigurationProperties("ptero.directory")
public record DirectoryProperties(@DefaultValue("60s") Duration ttl, @DefaultValue("5s") Duration missRefreshAfter) {

}
