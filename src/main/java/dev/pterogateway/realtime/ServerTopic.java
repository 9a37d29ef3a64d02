package dev.pterogateway.realtime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.pterogateway.server.ServerRef;

/**
 * A per-server destination: {@code /topic/servers.{panel}.{identifier}.{channel}} to
 * subscribe to, or {@code /app/servers.{panel}.{identifier}.command} to send to.
 *
 * @param server the server, qualified by its panel
 * @param channel {@code stats}, {@code alerts}, {@code console} or {@code command}
 */
record ServerTopic(ServerRef server, String channel) {

	private static final Pattern SUBSCRIBABLE = Pattern.compile(
			"/topic/servers\\.(?<panel>[a-z0-9_-]{1,32})\\.(?<identifier>[0-9a-f]{8})\\.(?<channel>stats|alerts|console)");

	private static final Pattern SENDABLE = Pattern
		.compile("/app/servers\\.(?<panel>[a-z0-9_-]{1,32})\\.(?<identifier>[0-9a-f]{8})\\.(?<channel>command)");

	static Optional<ServerTopic> subscribable(String destination) {
		return parse(SUBSCRIBABLE, destination);
	}

	static Optional<ServerTopic> sendable(String destination) {
		return parse(SENDABLE, destination);
	}

	/**
	 * The topic a server's messages of one channel are published to.
	 * @param server the server, qualified
	 * @param channel {@code stats}, {@code alerts} or {@code console}
	 * @return the destination
	 */
	static String destination(ServerRef server, String channel) {
		return "/topic/servers." + server.panel() + "." + server.identifier() + "." + channel;
	}

	private static Optional<ServerTopic> parse(Pattern pattern, String destination) {
		Matcher matcher = pattern.matcher(destination);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new ServerTopic(new ServerRef(matcher.group("panel"), matcher.group("identifier")),
				matcher.group("channel")));
	}

}
