package id.sinergi.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    List<LoginThrottle> findByKeyIn(Collection<String> keys);

    /** Row lock, so that two app nodes counting the same account's failures do not lose one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.key = :key")
    Optional<LoginThrottle> findForUpdate(String key);

    @Modifying
    @Query("delete from LoginThrottle t where t.lastFailureAt < :before and (t.blockedUntil is null or t.blockedUntil < :now)")
    int deleteStale(Instant before, Instant now);
}
