package dev.pterogateway.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findByPrefix(String prefix);

	boolean existsByPrefix(String prefix);

	List<ApiKey> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(long userId);

	/**
	 * Records a use, at most once per {@code notAfter} so that busy scripts do not write
	 * on every call.
	 */
	@Transactional
	@Modifying
	@Query("update ApiKey k set k.lastUsedAt = :now where k.prefix = :prefix and (k.lastUsedAt is null or k.lastUsedAt < :notAfter)")
	int touch(String prefix, Instant now, Instant notAfter);

}
