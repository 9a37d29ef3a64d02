package dev.pterogateway.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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

	private static BlackHole blackHole;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		start();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testSmtp",
					Map.of("spring.mail.host", SETUP.getBindAddress(), "spring.mail.port", SETUP.getPort())));
	}

	static synchronized void start() {
		if (blackHole != null) {
			blackHole.close();
			blackHole = null;
		}
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

	/**
	 * Stops the SMTP server and puts a listener in its place that accepts connections and
	 * never answers. {@link #start()} ends it.
	 * @return the listener
	 */
	static synchronized BlackHole blackHole() {
		stop();
		blackHole = new BlackHole(SETUP.getPort());
		return blackHole;
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

	/**
	 * Accepts SMTP connections and never says a word, like a server that hangs; counts
	 * the connections and the clients that gave up and hung up.
	 */
	static final class BlackHole {

		private final ServerSocket socket;

		private final List<Socket> accepted = new CopyOnWriteArrayList<>();

		private final AtomicInteger hungUp = new AtomicInteger();

		BlackHole(int port) {
			try {
				this.socket = new ServerSocket(port, 50, InetAddress.getByName(SETUP.getBindAddress()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			daemon(this::accept);
		}

		int connections() {
			return this.accepted.size();
		}

		int hungUp() {
			return this.hungUp.get();
		}

		private void accept() {
			while (!this.socket.isClosed()) {
				try {
					Socket client = this.socket.accept();
					this.accepted.add(client);
					daemon(() -> awaitHangUp(client));
				}
				catch (IOException ex) {
					// closed
				}
			}
		}

		private void awaitHangUp(Socket client) {
			try (InputStream in = client.getInputStream()) {
				while (in.read() != -1) {
					// whatever the client says, no answer
				}
			}
			catch (IOException ex) {
				// reset by the client, or closed by us
			}
			this.hungUp.incrementAndGet();
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.accepted.forEach(BlackHole::reset);
		}

		/**
		 * Closes with a reset rather than a FIN, which leaves no TIME_WAIT on the port
		 * GreenMail binds next.
		 */
		private static void reset(Socket client) {
			try {
				client.setSoLinger(true, 0);
				client.close();
			}
			catch (IOException ex) {
				// closed already, after the client hung up
			}
		}

		private static void daemon(Runnable task) {
			Thread thread = new Thread(task, "smtp-black-hole");
			thread.setDaemon(true);
			thread.start();
		}

	}

}
