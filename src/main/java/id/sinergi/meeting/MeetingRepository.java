package id.sinergi.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {

    @EntityGraph(attributePaths = {"organizer", "previous"})
    Optional<Meeting> findWithOrganizerById(Long id);
}
