package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.List;

/** Every request the simulated panel received, in order. */
final class RequestLog {

	private final List<RecordedRequest> requests = new ArrayList<>();

	synchronized void record(RecordedRequest request) {
		this.requests.add(request);
	}

	synchronized List<RecordedRequest> snapshot() {
		return List.copyOf(this.requests);
	}

}
