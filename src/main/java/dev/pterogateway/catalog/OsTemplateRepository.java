package dev.pterogateway.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OsTemplateRepository extends JpaRepository<OsTemplateEntity, Long> {

	List<OsTemplateEntity> findAllByOrderByIdAsc();

}
