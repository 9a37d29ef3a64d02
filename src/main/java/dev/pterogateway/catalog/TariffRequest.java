package dev.pterogateway.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A tariff to create, or the full new state of one.
 *
 * @param name the name shown to customers
 * @param cores CPU cores (1–1024)
 * @param memoryMb memory in MiB
 * @param diskMb disk in MiB
 * @param databases most databases
 * @param backups most backups
 * @param allocations most additional allocations (ports)
 * @param price the price per billing period
 * @param currency the ISO 4217 currency code, upper case
 */
record TariffRequest(@NotBlank @Size(max = 100) String name, @NotNull @Positive @Max(1024) Integer cores,
		@NotNull @Positive Long memoryMb, @NotNull @Positive Long diskMb, @NotNull @PositiveOrZero Integer databases,
		@NotNull @PositiveOrZero Integer backups, @NotNull @PositiveOrZero Integer allocations,
		@NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {

}
