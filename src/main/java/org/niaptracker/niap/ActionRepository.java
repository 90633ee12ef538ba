package org.niaptracker.niap;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionRepository extends JpaRepository<Action, Long> {

	/** A Party's whole NIAP, pillars fetched with their actions, in one statement. */
	@Query("""
			select a from Action a join fetch a.pillar p
			where p.party.id = :partyId
			order by p.number, a.position""")
	List<Action> findNiapOfParty(Long partyId);

}
