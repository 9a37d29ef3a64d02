package dev.pterogateway.auth;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "gateway_settings")
class GatewaySetting {

	@Id
	private String name;

	@Column(name = "setting_value", nullable = false)
	private String value;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected GatewaySetting() {
		this.name = "";
		this.value = "";
		this.createdAt = Instant.EPOCH;
	}

	GatewaySetting(String name, String value, Instant createdAt) {
		this.name = name;
		this.value = value;
		this.createdAt = createdAt;
	}

	String getValue() {
		return this.value;
	}

}
