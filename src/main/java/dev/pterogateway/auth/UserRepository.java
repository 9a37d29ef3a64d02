package dev.pterogateway.auth;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByEmail(String email);

	boolean existsByEmail(String email);

	long countByRoleAndEnabledTrue(Role role);

	/**
	 * Records a password login without loading and merging the whole user, so that a
	 * concurrent change by an administrator is not overwritten.
	 */
	@Transactional
	@Modifying
	@Query("update User u set u.lastLoginAt = :at where u.id = :id")
	int recordLogin(long id, Instant at);

	@Transactional
	@Modifying
	@Query("update User u set u.passwordHash = :passwordHash where u.id = :id")
	int changePasswordHash(long id, String passwordHash);

}
