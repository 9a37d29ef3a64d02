package dev.pterogateway.auth;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, Long> {

	Optional<RefreshToken> findByTokenHash(String tokenHash);

	/**
	 * Marks a token as exchanged unless someone else already did: the count tells who won
	 * a race between two refreshes with the same token.
	 */
	@Modifying
	@Query("update RefreshToken t set t.rotatedAt = :now, t.replacedBy = :replacement where t.id = :id and t.rotatedAt is null and t.revokedAt is null")
	int rotate(long id, long replacement, Instant now);

	@Modifying
	@Query("update RefreshToken t set t.revokedAt = :now where t.familyId = :familyId and t.revokedAt is null")
	int revokeFamily(String familyId, Instant now);

	@Modifying
	@Query("update RefreshToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
	int revokeAllOf(long userId, Instant now);

	@Modifying
	@Query("delete from RefreshToken t where t.userId = :userId and t.expiresAt < :before")
	int deleteExpired(long userId, Instant before);

}
