package org.niaptracker.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u left join fetch u.party where u.username = :username")
	Optional<AppUser> findByUsername(String username);

	@Query("select u from AppUser u left join fetch u.party order by u.role, u.username")
	List<AppUser> findAllWithParty();

	boolean existsByRole(Role role);

	/**
	 * Counts a failed sign-in and locks the account once the limit is reached, in one
	 * statement so that concurrent attempts on several instances all count.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			update app_user
			   set failed_attempts = failed_attempts + 1,
			       locked_until = case when failed_attempts + 1 >= :limit then cast(:lockUntil as timestamptz)
			                           else locked_until end
			 where username = :username""")
	int recordFailedSignIn(String username, int limit, Instant lockUntil);

	@Modifying
	@Query(nativeQuery = true, value = """
			update app_user set failed_attempts = 0, locked_until = null
			 where username = :username and (failed_attempts > 0 or locked_until is not null)""")
	int recordSuccessfulSignIn(String username);

}
