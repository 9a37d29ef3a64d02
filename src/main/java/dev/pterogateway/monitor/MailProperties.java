package dev.pterogateway.monitor;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification mail settings ({@code ptero.mail.*}); the SMTP server itself is Spring's
 * {@code spring.mail.*}, mapped from {@code SMTP_HOST}, {@code SMTP_PORT} and so on.
 *
 * @param from the sender address ({@code SMTP_FROM})
 * @param publicUrl the gateway's public address, the base of links in mails
 * ({@code ptero.public-url})
 * @param sendInterval time between two runs of the outbox sender
 * @param maxRejections permanent rejections (SMTP 5xx for the recipient or the message)
 * after which a mail is kept as failed
 * @param maxAge how long a mail is retried after transient failures (SMTP server
 * unreachable, slow or answering 4xx) before it is kept as failed
 * @param initialBackoff wait after the first failure; doubled after each further one
 * @param maxBackoff the longest wait between two attempts
 * @param batchSize mails sent per run at most
 */
@Validated
@ConfigurationProperties("ptero.mail")
public record MailProperties(@DefaultValue("ptero-gateway@localhost") String from,
		@DefaultValue("http://localhost:8080") URI publicUrl, @DefaultValue("5s") Duration sendInterval,
		@DefaultValue("3") @Min(1) int maxRejections, @DefaultValue("7d") Duration maxAge,
		@DefaultValue("30s") Duration initialBackoff, @DefaultValue("1h") Duration maxBackoff,
		@DefaultValue("20") @Min(1) int batchSize) {

}
