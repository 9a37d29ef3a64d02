package dev.pterogateway.simulator;

/** Answers one API route; runs with the model lock held. */
@FunctionalInterface
interface RouteHandler {

	ApiResponse handle(ApiRequest request);

}
