package dev.pterogateway;

import java.util.Arrays;

import dev.pterogateway.simulator.SimulatorLauncher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the gateway; with {@code --simulator} as the first argument the same jar runs
 * only the Pterodactyl simulator (no Spring), so a benchmark can point a gateway at it.
 */
@SpringBootApplication
public class GatewayApplication {

	public static void main(String[] args) throws InterruptedException {
		if (args.length > 0 && "--simulator".equals(args[0])) {
			SimulatorLauncher.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		SpringApplication.run(GatewayApplication.class, args);
	}

}
