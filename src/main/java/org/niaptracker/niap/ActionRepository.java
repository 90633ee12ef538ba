package org.niaptracker.niap;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionRepository extends JpaRepository<Action, Long> {

	/**
	 * The Party's plan in force (its latest adopted revision), pillars fetched with their
	 * actions, in one statement; empty when the Party has no plan in force.
	 */
	@Query("""
			select a from Action a join fetch a.pillar p
			where a.planRevision.id = (
			    select r.id from PlanRevision r
			    where r.party.id = :partyId and r.status = org.niaptracker.niap.PlanRevision.Status.ADOPTED
			      and r.number = (select max(r2.number) from PlanRevision r2
			                      where r2.party.id = :partyId
			                        and r2.status = org.niaptracker.niap.PlanRevision.Status.ADOPTED))
			order by p.number, a.position""")
	List<Action> findInForce(Long partyId);

	/** One revision's actions, pillars fetched, in order, in one statement. */
	@Query("""
			select a from Action a join fetch a.pillar p
			where a.planRevision.id = :revisionId
			order by p.number, a.position""")
	List<Action> findByRevision(Long revisionId);

	/**
	 * One action in every revision that has it (its lineage), oldest revision first, with
	 * pillar, revision and Party, in one statement.
	 */
	@Query("""
			select a from Action a join fetch a.pillar join fetch a.planRevision r join fetch r.party
			where a.lineageId = :lineageId
			order by r.number""")
	List<Action> findByLineage(Long lineageId);

}
