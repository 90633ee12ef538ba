package org.niaptracker.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u left join fetch u.party where u.username = :username")
	Optional<AppUser> findByUsername(String username);

	@Query("select u from AppUser u left join fetch u.party order by u.role, u.username")
	List<AppUser> findAllWithParty();

	boolean existsByRole(Role role);

}
