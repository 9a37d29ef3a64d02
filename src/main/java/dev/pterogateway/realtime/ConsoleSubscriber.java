package dev.pterogateway.realtime;

import org.springframework.messaging.MessageChannel;

/**
 * One STOMP subscription to a console topic.
 *
 * @param sessionId the STOMP session
 * @param subscriptionId the subscription's id within the session
 * @param destination the topic
 * @param stripAnsi whether the subscriber asked for {@code ansi: strip}
 * @param outbound the session's ordered channel, so that history and live lines keep
 * their order
 */
record ConsoleSubscriber(String sessionId, String subscriptionId, String destination, boolean stripAnsi,
		MessageChannel outbound) {

}
