package id.sinergi.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    String FILTER = """
            where (:text is null or lower(a.name) like :text or lower(a.abbreviation) like :text)
              and (:category is null or a.category = :category)
              and (:regionCode is null or a.regionCode = :regionCode or a.regionCode like :regionPrefix)
              and (:activeOnly = false or ((a.validFrom is null or a.validFrom <= :day)
                                           and (a.validTo is null or a.validTo >= :day)))""";

    @Query("""
            select a from Agency a
            where (a.validFrom is null or a.validFrom <= :day) and (a.validTo is null or a.validTo >= :day)
            order by a.name""")
    List<Agency> findActiveOn(LocalDate day);

    @Query("select a from Agency a left join fetch a.parent left join fetch a.predecessor " + FILTER)
    Slice<Agency> search(String text, AgencyCategory category, String regionCode, String regionPrefix,
                         boolean activeOnly, LocalDate day, Pageable pageable);

    @Query("select count(a) from Agency a " + FILTER)
    long countSearch(String text, AgencyCategory category, String regionCode, String regionPrefix,
                     boolean activeOnly, LocalDate day);

    @Query("select a from Agency a left join fetch a.parent left join fetch a.predecessor where a.id = :id")
    Optional<Agency> findWithLinks(long id);

    List<Agency> findByAbbreviationIgnoreCase(String abbreviation);

    List<Agency> findByPredecessorIdOrderByName(long predecessorId);

    List<Agency> findByParentId(long parentId);

    long countByParentId(long parentId);

    long countByPredecessorId(long predecessorId);

    @Query("""
            select a from Agency a
            where a.category = id.sinergi.agency.AgencyCategory.IMMIGRATION
              and not exists (select o from ImmigrationOffice o where o.id = a.id)
            order by a.name""")
    List<Agency> findImmigrationAgenciesWithoutOffice();
}
