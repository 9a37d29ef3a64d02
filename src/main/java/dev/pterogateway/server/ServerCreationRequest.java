package dev.pterogateway.server;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A server to create from the catalog.
 *
 * @param osId the OS template's id
 * @param tariffId the tariff's id
 * @param name the server's name, or {@code null} for the template's and tariff's names
 */
record ServerCreationRequest(@NotNull @Positive Long osId, @NotNull @Positive Long tariffId,
		@Nullable @Size(min = 1, max = 191) String name) {

}
