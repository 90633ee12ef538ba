package org.niaptracker.meeting;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ScaleMappingRepository extends JpaRepository<ScaleMapping, Long> {

	@Query("""
			select distinct m from ScaleMapping m left join fetch m.entries e left join fetch e.fromRating
			left join fetch e.toRating where m.fromScale.id = :fromScaleId and m.toScale.id = :toScaleId""")
	Optional<ScaleMapping> findByScales(Long fromScaleId, Long toScaleId);

	/** The mapping, its version raised on save even when only its entries change. */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select m from ScaleMapping m where m.fromScale.id = :fromScaleId and m.toScale.id = :toScaleId")
	Optional<ScaleMapping> findForUpdate(Long fromScaleId, Long toScaleId);

	@Query("select m from ScaleMapping m join fetch m.toScale where m.fromScale.id = :fromScaleId")
	List<ScaleMapping> findFrom(Long fromScaleId);

}
