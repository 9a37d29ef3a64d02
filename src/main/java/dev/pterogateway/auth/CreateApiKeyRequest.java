package dev.pterogateway.auth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new API key.
 *
 * @param name what the key is for, such as {@code discord-bot}
 * @param expiresDays after how many days the key stops working; never when absent
 */
record CreateApiKeyRequest(@NotBlank @Size(max = 100) String name, @Nullable @Positive @Max(3650) Integer expiresDays) {

}
