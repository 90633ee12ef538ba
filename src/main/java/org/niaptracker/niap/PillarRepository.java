package org.niaptracker.niap;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PillarRepository extends JpaRepository<Pillar, Long> {

	List<Pillar> findByPartyIdOrderByNumber(Long partyId);

}
