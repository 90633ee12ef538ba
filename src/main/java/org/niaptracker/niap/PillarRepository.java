package org.niaptracker.niap;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PillarRepository extends JpaRepository<Pillar, Long> {

	/** A revision's pillars in order, those without actions included. */
	List<Pillar> findByPlanRevisionIdOrderByNumber(Long planRevisionId);

}
