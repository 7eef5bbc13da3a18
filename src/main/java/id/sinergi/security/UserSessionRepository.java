package id.sinergi.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserSessionRepository extends JpaRepository<UserSession, String> {

    @Query("""
            select s from UserSession s
            where s.userId = :userId and s.endedAt is null and s.lastSeenAt >= :activeSince
            order by s.lastSeenAt desc""")
    List<UserSession> findActive(long userId, Instant activeSince);

    List<UserSession> findByUserIdAndEndedAtIsNull(long userId);

    List<UserSession> findByEndedAtIsNull();

    @Query("select s.id from UserSession s where s.id in :ids and s.endedAt is not null")
    List<String> findEndedAmong(Collection<String> ids);
}
