package dev.pterogateway.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "tariffs")
class TariffEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private int cores;

	@Column(name = "memory_mb", nullable = false)
	private long memoryMb;

	@Column(name = "disk_mb", nullable = false)
	private long diskMb;

	@Column(name = "database_limit", nullable = false)
	private int databases;

	@Column(name = "backup_limit", nullable = false)
	private int backups;

	@Column(name = "allocation_limit", nullable = false)
	private int allocations;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal price = BigDecimal.ZERO;

	@Column(nullable = false, length = 3)
	private String currency = "";

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.EPOCH;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.EPOCH;

	protected TariffEntity() {
	}

	TariffEntity(TariffRequest request, Instant now) {
		this.createdAt = now;
		apply(request, now);
	}

	void apply(TariffRequest request, Instant now) {
		this.name = request.name().trim();
		this.cores = Objects.requireNonNull(request.cores());
		this.memoryMb = Objects.requireNonNull(request.memoryMb());
		this.diskMb = Objects.requireNonNull(request.diskMb());
		this.databases = Objects.requireNonNull(request.databases());
		this.backups = Objects.requireNonNull(request.backups());
		this.allocations = Objects.requireNonNull(request.allocations());
		this.price = request.price();
		this.currency = request.currency();
		this.updatedAt = now;
	}

	Tariff toTariff() {
		return new Tariff(Objects.requireNonNull(this.id), this.name, this.cores, this.memoryMb, this.diskMb,
				this.databases, this.backups, this.allocations, this.price, this.currency);
	}

}
