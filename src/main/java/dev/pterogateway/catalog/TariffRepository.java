package dev.pterogateway.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TariffRepository extends JpaRepository<TariffEntity, Long> {

	List<TariffEntity> findAllByOrderByIdAsc();

}
