package org.niaptracker.niap;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

	/** The Party's plan in force: its latest adopted revision. */
	@Query("""
			select r from PlanRevision r
			where r.party.id = :partyId and r.status = org.niaptracker.niap.PlanRevision.Status.ADOPTED
			order by r.number desc limit 1""")
	Optional<PlanRevision> findInForce(Long partyId);

	/** The Party's revisions, newest first. */
	List<PlanRevision> findByPartyIdOrderByNumberDesc(Long partyId);

	/** A revision of the Party's plan by its number, the Party fetched. */
	@Query("select r from PlanRevision r join fetch r.party p where p.code = :partyCode and r.number = :number")
	Optional<PlanRevision> findByPartyCodeAndNumber(String partyCode, int number);

}
