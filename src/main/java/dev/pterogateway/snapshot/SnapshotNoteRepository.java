package dev.pterogateway.snapshot;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface SnapshotNoteRepository extends JpaRepository<SnapshotNote, Long> {

	@Transactional(readOnly = true)
	List<SnapshotNote> findByPanelAndIdentifier(String panel, String identifier);

	@Transactional
	@Modifying
	@Query("delete from SnapshotNote n where n.panel = :panel and n.backupUuid = :backupUuid")
	int deleteByBackup(String panel, String backupUuid);

}
