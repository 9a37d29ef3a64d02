package dev.pterogateway.server;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Where a server created through the gateway came from: its tariff and OS template, who
 * created it and when.
 */
@Entity
@Table(name = "server_origins")
class ServerCreationOrigin {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String panel = "";

	@Column(nullable = false)
	private String identifier = "";

	@Column(name = "tariff_id", nullable = false)
	private long tariffId;

	@Column(name = "os_template_id", nullable = false)
	private long osTemplateId;

	@Column(name = "created_by", nullable = false)
	private String createdBy = "";

	@Column(name = "created_by_user_id", nullable = false)
	private long createdByUserId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.EPOCH;

	protected ServerCreationOrigin() {
	}

	ServerCreationOrigin(ServerRef server, long tariffId, long osTemplateId, String createdBy, long createdByUserId,
			Instant createdAt) {
		this.panel = String.valueOf(server.panel());
		this.identifier = server.identifier();
		this.tariffId = tariffId;
		this.osTemplateId = osTemplateId;
		this.createdBy = createdBy;
		this.createdByUserId = createdByUserId;
		this.createdAt = createdAt;
	}

	long getTariffId() {
		return this.tariffId;
	}

	long getOsTemplateId() {
		return this.osTemplateId;
	}

}
