package dev.pterogateway.server;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServerCreationOriginRepository extends JpaRepository<ServerCreationOrigin, Long> {

	Optional<ServerCreationOrigin> findByPanelAndIdentifier(String panel, String identifier);

}
