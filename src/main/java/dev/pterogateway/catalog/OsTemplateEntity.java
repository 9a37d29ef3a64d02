package dev.pterogateway.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "os_templates")
class OsTemplateEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private String type = "";

	private @Nullable String panel;

	@Column(name = "nest_id", nullable = false)
	private int nestId;

	@Column(name = "egg_id", nullable = false)
	private int eggId;

	@Column(name = "docker_image")
	private @Nullable String dockerImage;

	private @Nullable String startup;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "os_template_environment", joinColumns = @JoinColumn(name = "template_id"))
	@MapKeyColumn(name = "variable_name")
	@Column(name = "variable_value", nullable = false)
	private Map<String, String> environment = new HashMap<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.EPOCH;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.EPOCH;

	protected OsTemplateEntity() {
	}

	OsTemplateEntity(OsTemplateRequest request, Instant now) {
		this.createdAt = now;
		apply(request, now);
	}

	void apply(OsTemplateRequest request, Instant now) {
		this.name = request.name().trim();
		this.type = request.type().trim();
		this.panel = request.panel();
		this.nestId = Objects.requireNonNull(request.nestId());
		this.eggId = Objects.requireNonNull(request.eggId());
		this.dockerImage = request.dockerImage();
		this.startup = request.startup();
		this.environment.clear();
		this.environment.putAll(request.environmentOrEmpty());
		this.updatedAt = now;
	}

	OsTemplate toOsTemplate() {
		return new OsTemplate(Objects.requireNonNull(this.id), this.name, this.type, this.panel, this.nestId,
				this.eggId, this.dockerImage, this.startup, new TreeMap<>(this.environment));
	}

}
