package id.sinergi.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByMeetingIdOrderBySortOrderAsc(Long meetingId);

    long countByMeetingId(Long meetingId);

    List<Outcome> findByAgendaItemId(Long agendaItemId);
}
