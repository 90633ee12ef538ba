package org.niaptracker.user.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	/** The token with its owner and the owner's Party, in one statement. */
	@Query("select t from ApiToken t join fetch t.user u left join fetch u.party where t.publicId = :publicId")
	Optional<ApiToken> findWithOwner(String publicId);

	@Query("select t from ApiToken t where t.user.username = :username order by t.createdAt desc, t.id desc")
	List<ApiToken> findByOwner(String username);

	@Query("""
			select count(t) from ApiToken t
			 where t.user.username = :username and t.revokedAt is null and t.expiresAt > :now""")
	long countUsable(String username, Instant now);

	boolean existsByPublicId(String publicId);

	/**
	 * Records a use, at most once per {@code since} interval: a bulk update that leaves
	 * the row's version alone, so that a script's requests never conflict with its owner
	 * revoking the token.
	 */
	@Modifying
	@Query("""
			update ApiToken t set t.lastUsedAt = :now
			 where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)""")
	int touch(long id, Instant now, Instant since);

	@Modifying
	@Query("""
			update ApiToken t set t.revokedAt = :now
			 where t.revokedAt is null and t.user.id = (select u.id from AppUser u where u.username = :username)""")
	int revokeAll(String username, Instant now);

}
