package dev.pterogateway.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	List<AuditEvent> findByOccurredAtGreaterThanEqualOrderByOccurredAtDesc(Instant since, Pageable page);

}
