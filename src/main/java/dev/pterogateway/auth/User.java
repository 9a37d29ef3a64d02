package dev.pterogateway.auth;

import java.time.Instant;
import java.util.Locale;

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
@Table(name = "users")
class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(nullable = false)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_login_at")
	private @Nullable Instant lastLoginAt;

	protected User() {
		this.email = "";
		this.username = "";
		this.passwordHash = "";
		this.role = Role.USER;
		this.createdAt = Instant.EPOCH;
	}

	User(String email, String username, String passwordHash, Role role, Instant createdAt) {
		this.email = normalizeEmail(email);
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	static String normalizeEmail(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	long getId() {
		if (this.id == null) {
			throw new IllegalStateException("User is not saved yet");
		}
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	void changeEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	void loggedInAt(Instant when) {
		this.lastLoginAt = when;
	}

}
