package dev.pterogateway.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One GreenMail SMTP server for the test JVM on a fixed free port, so that it can be
 * stopped (an SMTP outage) and started again on the same address. Points
 * {@code spring.mail.*} at it.
 */
public class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	private static GreenMail server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testSmtp",
					Map.of("spring.mail.host", SETUP.getBindAddress(), "spring.mail.port", SETUP.getPort())));
	}

	static synchronized void start() {
		if (server == null) {
			server = new GreenMail(SETUP);
			server.start();
		}
	}

	static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Messages received since the server (last) started, with the given recipient. */
	static synchronized List<MimeMessage> receivedBy(String recipient) {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
