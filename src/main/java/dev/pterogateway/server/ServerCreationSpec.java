package dev.pterogateway.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.pterogateway.catalog.OsTemplate;
import dev.pterogateway.catalog.Tariff;
import dev.pterogateway.panel.CreateServerRequest;
import dev.pterogateway.panel.FeatureLimits;
import dev.pterogateway.panel.Limits;
import dev.pterogateway.panel.PanelEgg;

/**
 * Turns a tariff and an OS template into the panel's create request: the tariff's limits
 * (cpu = cores × 100 %, io 500, no swap) and feature limits, the egg's variables with
 * their defaults overridden by the template's environment, the template's image and
 * startup (else the egg's), and automatic deployment in the panel's locations so that the
 * panel picks a node and an allocation.
 *
 * @param tariff the tariff
 * @param template the OS template
 * @param egg the template's egg on the chosen panel, with its variables
 * @param locations the ids of the panel's locations to deploy in
 */
record ServerCreationSpec(Tariff tariff, OsTemplate template, PanelEgg egg, List<Integer> locations) {

	/** The panel's default block IO weight. */
	static final int IO_WEIGHT = 500;

	ServerCreationSpec {
		locations = List.copyOf(locations);
	}

	/**
	 * The request that creates the server.
	 * @param name the server's name
	 * @param owner the panel user id of the owner
	 * @return the request
	 */
	CreateServerRequest toRequest(String name, int owner) {
		Limits limits = new Limits(this.tariff.memoryMb(), 0, this.tariff.diskMb(), IO_WEIGHT, this.tariff.cpuPercent(),
				null, false);
		FeatureLimits featureLimits = new FeatureLimits(this.tariff.databases(), this.tariff.allocations(),
				this.tariff.backups());
		return new CreateServerRequest(name, owner, this.egg.id(), dockerImage(), startup(), environment(), limits,
				featureLimits, null, new CreateServerRequest.Deploy(this.locations, false, List.of()), null, null, null,
				false, false);
	}

	/**
	 * Every egg variable with its default, then the template's values over them.
	 * @return variable name to value
	 */
	Map<String, String> environment() {
		Map<String, String> environment = new LinkedHashMap<>(this.egg.defaultEnvironment());
		environment.putAll(this.template.environment());
		return environment;
	}

	String dockerImage() {
		if (this.template.dockerImage() != null) {
			return this.template.dockerImage();
		}
		if (this.egg.dockerImages() != null && !this.egg.dockerImages().isEmpty()) {
			return this.egg.dockerImages().values().iterator().next();
		}
		return Objects.requireNonNull(this.egg.dockerImage(),
				() -> "Egg " + this.egg.id() + " has no docker image; give the OS template one");
	}

	String startup() {
		return (this.template.startup() != null) ? this.template.startup() : this.egg.startup();
	}

}
