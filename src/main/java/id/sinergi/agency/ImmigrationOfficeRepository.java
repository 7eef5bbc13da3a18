package id.sinergi.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImmigrationOfficeRepository extends JpaRepository<ImmigrationOffice, Long> {

    @Query("select o from ImmigrationOffice o join fetch o.agency a left join fetch a.parent where o.id = :agencyId")
    Optional<ImmigrationOffice> findWithAgency(long agencyId);

    @Query("select o from ImmigrationOffice o join fetch o.agency a left join fetch a.parent order by a.name")
    List<ImmigrationOffice> findAllWithAgency();

    @Query("""
            select o from ImmigrationOffice o join fetch o.agency a
            where o.kind = id.sinergi.agency.OfficeKind.KANWIL order by a.name""")
    List<ImmigrationOffice> findKanwils();

    @Query("select o from ImmigrationOffice o join fetch o.agency a where a.parent.id = :kanwilId order by a.name")
    List<ImmigrationOffice> findByKanwil(long kanwilId);

    @Query("""
            select o from ImmigrationOffice o join fetch o.agency a
            where :regionCode member of o.workingArea order by a.name""")
    List<ImmigrationOffice> findCovering(String regionCode);
}
