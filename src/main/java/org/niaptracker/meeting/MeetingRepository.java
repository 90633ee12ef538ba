package org.niaptracker.meeting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	@Query("select m from Meeting m join fetch m.ratingScale where m.code = :code")
	Optional<Meeting> findByCode(String code);

	List<Meeting> findByNumberGreaterThanOrderByNumber(int number);

	@Query("select m from Meeting m join fetch m.ratingScale order by m.number")
	List<Meeting> findAllWithScale();

}
