package dev.pterogateway.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.pterogateway.auth.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tariffs: read by everyone (and by server creation and resize), changed by
 * administrators with an audit record each.
 */
@Service
public class TariffService {

	private final TariffRepository tariffs;

	private final CatalogAudit audit;

	private final Clock clock;

	TariffService(TariffRepository tariffs, CatalogAudit audit, Clock clock) {
		this.tariffs = tariffs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every tariff.
	 * @return the tariffs, oldest first
	 */
	@Transactional(readOnly = true)
	public List<Tariff> list() {
		return this.tariffs.findAllByOrderByIdAsc().stream().map(TariffEntity::toTariff).toList();
	}

	/**
	 * One tariff, if it exists.
	 * @param id the tariff's id
	 * @return the tariff
	 */
	@Transactional(readOnly = true)
	public Optional<Tariff> find(long id) {
		return this.tariffs.findById(id).map(TariffEntity::toTariff);
	}

	/**
	 * One tariff.
	 * @param id the tariff's id
	 * @return the tariff
	 * @throws TariffNotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public Tariff require(long id) {
		return find(id).orElseThrow(() -> new TariffNotFoundException(id));
	}

	@Transactional
	Tariff create(TariffRequest request, Caller caller, String address) {
		Tariff tariff = this.tariffs.save(new TariffEntity(request, this.clock.instant())).toTariff();
		this.audit.success(caller, "catalog.tariff.create", target(tariff.id()), tariff.name(), address);
		return tariff;
	}

	@Transactional
	Tariff update(long id, TariffRequest request, Caller caller, String address) {
		TariffEntity entity = requireForChange(id, "catalog.tariff.update", caller, address);
		entity.apply(request, this.clock.instant());
		Tariff tariff = this.tariffs.saveAndFlush(entity).toTariff();
		this.audit.success(caller, "catalog.tariff.update", target(id), tariff.name(), address);
		return tariff;
	}

	/**
	 * Deletes a tariff. Servers created with it keep their limits; a later resize of them
	 * no longer has a tariff ceiling.
	 */
	@Transactional
	void delete(long id, Caller caller, String address) {
		TariffEntity entity = requireForChange(id, "catalog.tariff.delete", caller, address);
		this.tariffs.delete(entity);
		this.audit.success(caller, "catalog.tariff.delete", target(id), entity.toTariff().name(), address);
	}

	private TariffEntity requireForChange(long id, String action, Caller caller, String address) {
		Optional<TariffEntity> entity = this.tariffs.findById(id);
		if (entity.isEmpty()) {
			TariffNotFoundException notFound = new TariffNotFoundException(id);
			this.audit.failure(caller, action, target(id), notFound, address);
			throw notFound;
		}
		return entity.get();
	}

	private static String target(long id) {
		return "tariff:" + id;
	}

}
