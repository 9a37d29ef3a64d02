package dev.pterogateway.server;

import java.security.SecureRandom;

/**
 * A generated password for a panel account (panel login and SFTP): 24 characters from
 * letters and digits, with at least one upper-case letter, one lower-case letter and one
 * digit, chosen by {@link SecureRandom} (about 140 bits). Letters and digits only, so it
 * survives copy and paste and every SFTP client. Never logged: {@link #toString()} hides
 * it.
 *
 * @param value the password
 */
public record ServerPassword(String value) {

	static final int LENGTH = 24;

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String ALL = UPPER + LOWER + DIGITS;

	private static final SecureRandom random = new SecureRandom();

	/**
	 * A new random password.
	 * @return the password
	 */
	public static ServerPassword generate() {
		char[] password = new char[LENGTH];
		password[0] = pick(UPPER);
		password[1] = pick(LOWER);
		password[2] = pick(DIGITS);
		for (int i = 3; i < LENGTH; i++) {
			password[i] = pick(ALL);
		}
		for (int i = LENGTH - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			char swap = password[i];
			password[i] = password[j];
			password[j] = swap;
		}
		return new ServerPassword(new String(password));
	}

	private static char pick(String alphabet) {
		return alphabet.charAt(random.nextInt(alphabet.length()));
	}

	@Override
	public String toString() {
		return "ServerPassword[(hidden)]";
	}

}
