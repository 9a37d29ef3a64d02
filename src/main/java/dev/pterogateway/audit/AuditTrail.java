package dev.pterogateway.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Appends audit records. Writing happens off the caller's thread, so an audit write never
 * slows down or fails the action it records; a failed write is logged (without the
 * record's detail) and counted.
 */
public class AuditTrail implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(AuditTrail.class);

	private final AuditEventRepository events;

	private final ThreadPoolTaskExecutor writer;

	AuditTrail(AuditEventRepository events, ThreadPoolTaskExecutor writer) {
		this.events = events;
		this.writer = writer;
	}

	/**
	 * Queues the record for writing and returns at once.
	 * @param record what happened
	 */
	public void record(AuditRecord record) {
		this.writer.execute(() -> write(record));
	}

	/**
	 * Writes what is queued, then stops the writer.
	 */
	@Override
	public void close() {
		this.writer.shutdown();
	}

	private void write(AuditRecord record) {
		try {
			this.events.save(new AuditEvent(record));
		}
		catch (DataAccessException ex) {
			logger.error("Could not write audit event '{}' by {}", record.action(), record.actor(), ex);
		}
	}

}
