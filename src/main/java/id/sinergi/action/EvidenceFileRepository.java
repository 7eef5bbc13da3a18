package id.sinergi.action;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    @Query("select f from EvidenceFile f where f.progressUpdate.id in :updateIds order by f.id")
    List<EvidenceFile> findByUpdateIds(Collection<Long> updateIds);

    @Query("select f from EvidenceFile f join fetch f.progressUpdate u join fetch u.item where f.id = :id")
    Optional<EvidenceFile> findWithItemById(Long id);
}
