package dev.pterogateway.auth;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelAccountRepository extends JpaRepository<PanelAccount, Long> {

	List<PanelAccount> findByUserIdOrderByPanelAscPanelUserIdAsc(long userId);

	List<PanelAccount> findByUserIdInOrderByPanelAscPanelUserIdAsc(Collection<Long> userIds);

	Optional<PanelAccount> findByPanelAndPanelUserId(String panel, long panelUserId);

}
