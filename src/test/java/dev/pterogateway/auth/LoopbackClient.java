package dev.pterogateway.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts JSON over plain HTTP/1.0 from a chosen loopback address (such as
 * {@code 127.0.0.7}), so that a test can be a client the gateway has not seen before.
 * {@code java.net.http} cannot choose the local address on Java 17.
 */
final class LoopbackClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	private final String localAddress;

	LoopbackClient(int port, String localAddress) {
		this.port = port;
		this.localAddress = localAddress;
	}

	Reply post(String path, Object body) {
		byte[] content = json.writeValueAsBytes(body);
		String head = "POST " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + this.port
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + content.length
				+ "\r\n\r\n";
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(this.localAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static Reply parse(String response) {
		int split = response.indexOf("\r\n\r\n");
		String[] lines = response.substring(0, split).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		String body = response.substring(split + 4);
		return new Reply(status, headers, body.isEmpty() ? json.nullNode() : json.readTree(body));
	}

	/**
	 * An answer.
	 *
	 * @param status the status code
	 * @param headers the headers, names in lower case
	 * @param body the JSON body
	 */
	record Reply(int status, Map<String, String> headers, JsonNode body) {

		String code() {
			return this.body.path("code").asString();
		}

	}

}
