package dev.pterogateway.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.pterogateway.auth.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OS templates: read by everyone (and by server creation), changed by administrators
 * with an audit record each. A change is checked against the panel before it is stored,
 * outside any transaction.
 */
@Service
public class OsTemplateService {

	private final OsTemplateRepository templates;

	private final EggCheck eggs;

	private final CatalogAudit audit;

	private final Clock clock;

	OsTemplateService(OsTemplateRepository templates, EggCheck eggs, CatalogAudit audit, Clock clock) {
		this.templates = templates;
		this.eggs = eggs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every OS template.
	 * @return the templates, oldest first
	 */
	@Transactional(readOnly = true)
	public List<OsTemplate> list() {
		return this.templates.findAllByOrderByIdAsc().stream().map(OsTemplateEntity::toOsTemplate).toList();
	}

	/**
	 * One OS template, if it exists.
	 * @param id the template's id
	 * @return the template
	 */
	@Transactional(readOnly = true)
	public Optional<OsTemplate> find(long id) {
		return this.templates.findById(id).map(OsTemplateEntity::toOsTemplate);
	}

	/**
	 * One OS template.
	 * @param id the template's id
	 * @return the template
	 * @throws OsTemplateNotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public OsTemplate require(long id) {
		return find(id).orElseThrow(() -> new OsTemplateNotFoundException(id));
	}

	OsTemplate create(OsTemplateRequest request, Caller caller, String address) {
		checked(request, "catalog.os_template.create", null, caller, address);
		OsTemplate template = this.templates.save(new OsTemplateEntity(request, this.clock.instant())).toOsTemplate();
		this.audit.success(caller, "catalog.os_template.create", target(template.id()), template.name(), address);
		return template;
	}

	OsTemplate update(long id, OsTemplateRequest request, Caller caller, String address) {
		String action = "catalog.os_template.update";
		OsTemplateEntity entity = requireForChange(id, action, caller, address);
		checked(request, action, target(id), caller, address);
		entity.apply(request, this.clock.instant());
		OsTemplate template = this.templates.save(entity).toOsTemplate();
		this.audit.success(caller, action, target(id), template.name(), address);
		return template;
	}

	void delete(long id, Caller caller, String address) {
		OsTemplateEntity entity = requireForChange(id, "catalog.os_template.delete", caller, address);
		this.templates.delete(entity);
		this.audit.success(caller, "catalog.os_template.delete", target(id), entity.toOsTemplate().name(), address);
	}

	private void checked(OsTemplateRequest request, String action, @Nullable String target, Caller caller,
			String address) {
		try {
			this.eggs.check(request);
		}
		catch (RuntimeException ex) {
			this.audit.failure(caller, action, target, ex, address);
			throw ex;
		}
	}

	private OsTemplateEntity requireForChange(long id, String action, Caller caller, String address) {
		Optional<OsTemplateEntity> entity = this.templates.findById(id);
		if (entity.isEmpty()) {
			OsTemplateNotFoundException notFound = new OsTemplateNotFoundException(id);
			this.audit.failure(caller, action, target(id), notFound, address);
			throw notFound;
		}
		return entity.get();
	}

	private static String target(long id) {
		return "os_template:" + id;
	}

}
