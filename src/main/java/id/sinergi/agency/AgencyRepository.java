package id.sinergi.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("""
            select a from Agency a
            where (a.validFrom is null or a.validFrom <= :day) and (a.validTo is null or a.validTo >= :day)
            order by a.name""")
    List<Agency> findActiveOn(LocalDate day);

    Optional<Agency> findFirstByAbbreviationIgnoreCase(String abbreviation);
}
