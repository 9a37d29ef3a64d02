package dev.pterogateway.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log for administrators, newest first.
 */
@Component
public class AuditQuery {

	private final AuditEventRepository events;

	AuditQuery(AuditEventRepository events) {
		this.events = events;
	}

	/**
	 * One page of matching events, newest first.
	 * @param filter which events
	 * @param page the page index, from 0
	 * @param size the page size
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditFilter filter, int page, int size) {
		Sort newestFirst = Sort.by(Sort.Direction.DESC, "occurredAt", "id");
		return this.events.findAll(matching(filter), PageRequest.of(page, size, newestFirst))
			.map((event) -> AuditEntry.of(event.requireId(), event.toRecord()));
	}

	private static Specification<AuditEvent> matching(AuditFilter filter) {
		return (root, query, criteria) -> {
			List<Predicate> predicates = new ArrayList<>();
			String actor = blankToNull(filter.actor());
			if (actor != null) {
				predicates.add(criteria.equal(root.get("actor"), actor.toLowerCase(Locale.ROOT)));
			}
			String action = blankToNull(filter.action());
			if (action != null && action.endsWith("*")) {
				String prefix = action.substring(0, action.length() - 1);
				predicates.add(criteria.like(root.get("action"), escapeLike(prefix) + "%", '\\'));
			}
			else if (action != null) {
				predicates.add(criteria.equal(root.get("action"), action));
			}
			if (filter.since() != null) {
				predicates.add(criteria.greaterThanOrEqualTo(root.get("occurredAt"), filter.since()));
			}
			return criteria.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
