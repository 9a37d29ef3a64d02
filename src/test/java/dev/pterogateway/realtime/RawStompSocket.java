package dev.pterogateway.realtime;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * STOMP over a WebSocket written by hand on a plain TCP socket: the upgrade, masked
 * client frames and unmasked server frames. Unlike a library client it reads only when
 * asked, so a test can play a client that stops reading.
 */
final class RawStompSocket implements AutoCloseable {

	/** A WebSocket frame from the server. */
	record Frame(int opcode, byte[] payload) {

		String text() {
			return new String(this.payload, StandardCharsets.UTF_8);
		}

		boolean isClose() {
			return this.opcode == 0x8;
		}

		/** The close code of a close frame. */
		int closeCode() {
			return ((this.payload[0] & 0xff) << 8) | (this.payload[1] & 0xff);
		}

	}

	private static final SecureRandom random = new SecureRandom();

	private final Socket socket;

	private final DataInputStream in;

	private final OutputStream out;

	private RawStompSocket(Socket socket) throws IOException {
		this.socket = socket;
		this.in = new DataInputStream(socket.getInputStream());
		this.out = socket.getOutputStream();
	}

	/**
	 * Opens {@code /ws} and upgrades to a WebSocket.
	 * @param port the gateway's port
	 * @param receiveBuffer the socket's receive buffer in bytes, small to make the
	 * server's writes block soon once the test stops reading
	 */
	static RawStompSocket open(int port, int receiveBuffer) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(receiveBuffer);
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
		socket.setSoTimeout(10_000);
		RawStompSocket raw = new RawStompSocket(socket);
		raw.upgrade(port);
		return raw;
	}

	private void upgrade(int port) throws IOException {
		byte[] key = new byte[16];
		random.nextBytes(key);
		String request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
				+ "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n\r\n";
		this.out.write(request.getBytes(StandardCharsets.US_ASCII));
		this.out.flush();
		String response = readHttpHead();
		if (!response.startsWith("HTTP/1.1 101")) {
			throw new IOException("No WebSocket upgrade: " + response);
		}
	}

	private String readHttpHead() throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int next = this.in.read();
			if (next < 0) {
				throw new EOFException("Closed during the upgrade");
			}
			head.write(next);
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

	/**
	 * Sends a STOMP frame: a command, headers as alternating names and values, no body.
	 */
	void send(String command, String... headers) throws IOException {
		StringBuilder frame = new StringBuilder(command).append('\n');
		for (int i = 0; i < headers.length; i += 2) {
			frame.append(headers[i]).append(':').append(headers[i + 1]).append('\n');
		}
		frame.append('\n').append('\0');
		writeFrame(frame.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void writeFrame(byte[] payload) throws IOException {
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		frame.write(0x81);
		if (payload.length < 126) {
			frame.write(0x80 | payload.length);
		}
		else {
			frame.write(0x80 | 126);
			frame.write(payload.length >>> 8);
			frame.write(payload.length & 0xff);
		}
		byte[] mask = new byte[4];
		random.nextBytes(mask);
		frame.write(mask);
		for (int i = 0; i < payload.length; i++) {
			frame.write(payload[i] ^ mask[i % 4]);
		}
		this.out.write(frame.toByteArray());
		this.out.flush();
	}

	/**
	 * Reads the next frame, waiting at most the socket's timeout.
	 * @throws EOFException when the server closed the connection
	 */
	Frame read() throws IOException {
		int first = this.in.readUnsignedByte();
		int second = this.in.readUnsignedByte();
		long length = second & 0x7f;
		if (length == 126) {
			length = this.in.readUnsignedShort();
		}
		else if (length == 127) {
			length = this.in.readLong();
		}
		byte[] payload = new byte[Math.toIntExact(length)];
		this.in.readFully(payload);
		return new Frame(first & 0x0f, payload);
	}

	/** Reads frames until one whose text starts with the given STOMP command. */
	Frame readUntil(String command) throws IOException {
		Frame frame = read();
		while (!frame.text().startsWith(command + "\n")) {
			if (frame.isClose()) {
				throw new EOFException("Closed with code " + frame.closeCode());
			}
			frame = read();
		}
		return frame;
	}

	void timeout(int millis) throws IOException {
		this.socket.setSoTimeout(millis);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
