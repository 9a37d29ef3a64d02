package dev.pterogateway.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Why a mail could not be sent. A rejection of the recipient or of the message (an SMTP
 * 5xx reply to {@code RCPT TO}, {@code DATA} or the message's end, or an unparseable
 * address) is permanent: sending it again gets the same answer. Everything else is
 * transient: the SMTP server is unreachable or slow, asks to try later (4xx), or refuses
 * our credentials or sender address, which an operator fixes for all mails at once.
 *
 * @param permanent whether the SMTP server rejected this mail for good
 * @param summary what went wrong, without addresses or credentials, so safe to log
 */
record MailFailure(boolean permanent, String summary) {

	static MailFailure of(Exception exception) {
		if (exception instanceof MailAuthenticationException) {
			return new MailFailure(false, "SMTP authentication failed");
		}
		List<Throwable> causes = causes(exception);
		for (Throwable cause : causes) {
			MailFailure failure = fromReply(cause);
			if (failure != null) {
				return failure;
			}
		}
		Throwable innermost = causes.get(causes.size() - 1);
		return new MailFailure(false, innermost.getClass().getSimpleName() + ": " + firstLine(innermost.getMessage()));
	}

	private static @Nullable MailFailure fromReply(Throwable cause) {
		if (cause instanceof AddressException) {
			return new MailFailure(true, "invalid address");
		}
		if (cause instanceof SMTPAddressFailedException rejected) {
			return reply(rejected.getReturnCode(), true, "recipient");
		}
		if (cause instanceof SMTPSenderFailedException rejected) {
			return reply(rejected.getReturnCode(), false, "sender");
		}
		if (cause instanceof SMTPSendFailedException rejected) {
			boolean sender = rejected.getCommand() != null
					&& rejected.getCommand().toUpperCase(Locale.ROOT).startsWith("MAIL FROM");
			return reply(rejected.getReturnCode(), !sender, sender ? "sender" : "message");
		}
		return null;
	}

	private static MailFailure reply(int code, boolean aboutThisMail, String what) {
		boolean permanent = aboutThisMail && code >= 500 && code < 600;
		return new MailFailure(permanent, "SMTP " + code + ": " + what + (permanent ? " rejected" : " refused"));
	}

	/**
	 * The exception and every exception it refers to (causes, JavaMail's chained
	 * exceptions and the per-message failures Spring collects), outermost first.
	 */
	private static List<Throwable> causes(Exception exception) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> pending = new ArrayDeque<>(List.of(exception));
		List<Throwable> ordered = new ArrayList<>();
		while (!pending.isEmpty()) {
			Throwable next = pending.removeFirst();
			if (!seen.add(next)) {
				continue;
			}
			ordered.add(next);
			if (next instanceof MailSendException send) {
				pending.addAll(send.getFailedMessages().values());
			}
			if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
				pending.add(messaging.getNextException());
			}
			if (next.getCause() != null) {
				pending.add(next.getCause());
			}
		}
		return ordered;
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "no detail";
		}
		int end = message.indexOf('\n');
		return ((end < 0) ? message : message.substring(0, end)).trim();
	}

}
