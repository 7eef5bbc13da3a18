package id.sinergi.action;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByItemIdOrderByCreatedAtDescIdDesc(Long itemId);

    long countByItemId(Long itemId);

    boolean existsByItemIdAndExtensionDecision(Long itemId, ExtensionDecision decision);

    @Query("select u from ProgressUpdate u join fetch u.item where u.id = :id")
    java.util.Optional<ProgressUpdate> findWithItemById(Long id);
}
