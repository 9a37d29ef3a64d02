package dev.pterogateway.monitor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_outbox} table: mails wait here until the SMTP server took them, and
 * stay (with {@code failed_at} set) when it never did.
 */
@Repository
class MailOutbox {

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a mail once per key and recipient.
	 * @param dedupKey what the mail is about ({@code alert:42})
	 * @param mail the mail
	 * @param now the time
	 * @return {@code false} if that mail was queued before
	 */
	boolean enqueue(String dedupKey, Mail mail, Instant now) {
		try {
			this.jdbc.sql(
					"INSERT INTO mail_outbox (dedup_key, recipient, subject, text_body, html_body, created_at, attempts, "
							+ "next_attempt_at) VALUES (:key, :recipient, :subject, :text, :html, :now, 0, :now)")
				.param("key", dedupKey)
				.param("recipient", mail.recipient())
				.param("subject", mail.subject())
				.param("text", mail.text())
				.param("html", mail.html())
				.param("now", Timestamp.from(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Mails whose next attempt is due, oldest first; neither sent nor failed.
	 */
	List<QueuedMail> due(Instant now, int limit) {
		return this.jdbc.sql(
				"SELECT id, recipient, subject, text_body, html_body, created_at, attempts, rejections FROM mail_outbox "
						+ "WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now "
						+ "ORDER BY next_attempt_at, id LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, row) -> new QueuedMail(rs.getLong("id"),
					new Mail(rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
							rs.getString("html_body")),
					rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"), rs.getInt("rejections")))
			.list();
	}

	void sent(long id, Instant at) {
		this.jdbc.sql("UPDATE mail_outbox SET sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/**
	 * Records a failed attempt and when to try again.
	 * @param id the mail
	 * @param rejections the permanent rejections so far, this attempt included
	 * @param nextAttempt the time of the next attempt
	 * @param error what went wrong
	 */
	void retryLater(long id, int rejections, Instant nextAttempt, String error) {
		this.jdbc
			.sql("UPDATE mail_outbox SET attempts = attempts + 1, rejections = :rejections, next_attempt_at = :next, "
					+ "last_error = :error WHERE id = :id")
			.param("rejections", rejections)
			.param("next", Timestamp.from(nextAttempt))
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	/**
	 * Records a failed attempt after which the mail is not tried again. The row stays, so
	 * that an operator can see (and requeue) what was not delivered.
	 * @param id the mail
	 * @param rejections the permanent rejections so far, this attempt included
	 * @param at the time
	 * @param error what went wrong
	 */
	void giveUp(long id, int rejections, Instant at, String error) {
		this.jdbc
			.sql("UPDATE mail_outbox SET attempts = attempts + 1, rejections = :rejections, failed_at = :at, "
					+ "last_error = :error WHERE id = :id")
			.param("rejections", rejections)
			.param("at", Timestamp.from(at))
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	private static String truncate(String error) {
		return (error.length() > 500) ? error.substring(0, 500) : error;
	}

	/**
	 * A mail waiting to be sent.
	 *
	 * @param id its row
	 * @param mail the mail
	 * @param createdAt when it was queued
	 * @param attempts attempts so far
	 * @param rejections permanent rejections so far
	 */
	record QueuedMail(long id, Mail mail, Instant createdAt, int attempts, int rejections) {

	}

}
