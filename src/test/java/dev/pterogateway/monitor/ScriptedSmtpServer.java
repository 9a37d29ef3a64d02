package dev.pterogateway.monitor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server on loopback that speaks just enough of the protocol to give chosen
 * replies to {@code MAIL FROM}, {@code RCPT TO} and the end of the message, the
 * rejections GreenMail cannot produce. Serves one connection after another until closed.
 */
final class ScriptedSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	private final String mailFromReply;

	private final String rcptToReply;

	private final String endOfDataReply;

	private ScriptedSmtpServer(String mailFromReply, String rcptToReply, String endOfDataReply) throws IOException {
		this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
		this.mailFromReply = mailFromReply;
		this.rcptToReply = rcptToReply;
		this.endOfDataReply = endOfDataReply;
		Thread thread = new Thread(this::serve, "scripted-smtp");
		thread.setDaemon(true);
		thread.start();
	}

	static ScriptedSmtpServer replying(String mailFromReply, String rcptToReply, String endOfDataReply)
			throws IOException {
		return new ScriptedSmtpServer(mailFromReply, rcptToReply, endOfDataReply);
	}

	int port() {
		return this.socket.getLocalPort();
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept()) {
				converse(client);
			}
			catch (IOException ex) {
				// closed, or the client hung up
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(
				new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
		OutputStream out = client.getOutputStream();
		reply(out, "220 scripted ESMTP");
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO") || command.startsWith("HELO")) {
				reply(out, "250 scripted");
			}
			else if (command.startsWith("MAIL FROM")) {
				reply(out, this.mailFromReply);
			}
			else if (command.startsWith("RCPT TO")) {
				reply(out, this.rcptToReply);
			}
			else if (command.equals("DATA")) {
				reply(out, "354 go ahead");
				while ((line = in.readLine()) != null && !line.equals(".")) {
					// the message
				}
				reply(out, this.endOfDataReply);
			}
			else if (command.equals("QUIT")) {
				reply(out, "221 bye");
				return;
			}
			else {
				reply(out, "250 OK");
			}
		}
	}

	private static void reply(OutputStream out, String reply) throws IOException {
		try {
			out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		catch (SocketException ex) {
			// the client hung up
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
