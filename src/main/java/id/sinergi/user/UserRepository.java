package id.sinergi.user;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from User u left join u.agency a
            where :text is null
               or lower(u.username) like :text or lower(u.fullName) like :text
               or lower(a.name) like :text or lower(a.abbreviation) like :text""")
    Slice<User> search(String text, Pageable pageable);

    @Query("""
            select count(u) from User u left join u.agency a
            where :text is null
               or lower(u.username) like :text or lower(u.fullName) like :text
               or lower(a.name) like :text or lower(a.abbreviation) like :text""")
    long countSearch(String text);

    long countByAgencyId(long agencyId);
}
