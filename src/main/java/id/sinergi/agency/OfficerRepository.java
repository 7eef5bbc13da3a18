package id.sinergi.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfficerRepository extends JpaRepository<Officer, Long> {

    @Query("""
            select o from Officer o join fetch o.agency a
            where (:text is null or lower(o.name) like :text or o.nip like :text or lower(o.position) like :text
                   or lower(a.name) like :text or lower(a.abbreviation) like :text)
              and (:agencyId is null or a.id = :agencyId)
              and (:activeOnly = false or o.active = true)""")
    Slice<Officer> search(String text, Long agencyId, boolean activeOnly, Pageable pageable);

    @Query("""
            select count(o) from Officer o join o.agency a
            where (:text is null or lower(o.name) like :text or o.nip like :text or lower(o.position) like :text
                   or lower(a.name) like :text or lower(a.abbreviation) like :text)
              and (:agencyId is null or a.id = :agencyId)
              and (:activeOnly = false or o.active = true)""")
    long countSearch(String text, Long agencyId, boolean activeOnly);

    List<Officer> findByAgencyIdAndActiveTrueOrderByName(long agencyId);

    Optional<Officer> findByNip(String nip);

    long countByAgencyId(long agencyId);
}
