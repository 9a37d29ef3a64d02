package dev.pterogateway.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_events")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(name = "auth_method")
	private @Nullable String authMethod;

	@Column(nullable = false)
	private String action;

	private @Nullable String panel;

	private @Nullable String identifier;

	private @Nullable String target;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditOutcome outcome;

	private @Nullable String detail;

	@Column(name = "client_address")
	private @Nullable String clientAddress;

	protected AuditEvent() {
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
		this.action = "";
		this.outcome = AuditOutcome.SUCCESS;
	}

	AuditEvent(AuditRecord record) {
		this.occurredAt = record.occurredAt();
		this.actor = truncate(record.actor(), 191);
		this.authMethod = record.authMethod();
		this.action = record.action();
		this.panel = record.panel();
		this.identifier = record.identifier();
		this.target = (record.target() != null) ? truncate(record.target(), 191) : null;
		this.outcome = record.outcome();
		this.detail = (record.detail() != null) ? truncate(record.detail(), 1000) : null;
		this.clientAddress = record.clientAddress();
	}

	AuditRecord toRecord() {
		return new AuditRecord(this.occurredAt, this.actor, this.authMethod, this.action, this.panel, this.identifier,
				this.target, this.outcome, this.detail, this.clientAddress);
	}

	@Nullable Long getId() {
		return this.id;
	}

	long requireId() {
		if (this.id == null) {
			throw new IllegalStateException("Audit event is not saved yet");
		}
		return this.id;
	}

	private static String truncate(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

}
