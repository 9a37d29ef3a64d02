package dev.pterogateway.simulator;

/** The two panel APIs: they differ in key rules, rate-limit buckets and prefixes. */
enum ApiFamily {

	CLIENT("/api/client"), APPLICATION("/api/application");

	private final String prefix;

	ApiFamily(String prefix) {
		this.prefix = prefix;
	}

	static ApiFamily of(String path) {
		return path.startsWith(APPLICATION.prefix) ? APPLICATION : CLIENT;
	}

}
