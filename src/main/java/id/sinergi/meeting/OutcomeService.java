package id.sinergi.meeting;

import id.sinergi.audit.AuditService.Change;
import id.sinergi.base.BusinessRuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's outcomes (hasil rapat): information, conclusions and decisions, kept until the meeting is final. */
@Service
@Transactional(readOnly = true)
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final AgendaItemRepository agendaItems;
    private final MeetingParts parts;

    OutcomeService(OutcomeRepository outcomes, AgendaItemRepository agendaItems, MeetingParts parts) {
        this.outcomes = outcomes;
        this.agendaItems = agendaItems;
        this.parts = parts;
    }

    @PreAuthorize(MeetingService.READERS)
    public List<Outcome> list(long meetingId) {
        return outcomes.findByMeetingIdOrderBySortOrderAsc(meetingId);
    }

    @PreAuthorize(MeetingService.EDITORS)
    @Transactional
    public Outcome save(long meetingId, Outcome outcome) {
        Meeting meeting = parts.editableMeeting(meetingId);
        parts.checkValid(outcome);
        AgendaItem item = outcome.getAgendaItem() == null ? null : agendaItems.findById(outcome.getAgendaItem().getId())
                .filter(i -> i.getMeeting().equals(meeting))
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (outcome.isNew()) {
            outcome.setMeeting(meeting);
            outcome.setAgendaItem(item);
            outcome.setSortOrder(list(meetingId).size() + 1);
            Outcome saved = outcomes.save(outcome);
            parts.record("OUTCOME_ADD", meeting, saved.getKind() + ": " + saved.getContent());
            return saved;
        }
        Outcome stored = outcomes.findById(outcome.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        MeetingParts.checkSame(meeting, stored.getMeeting(), stored.getVersion(), outcome.getVersion(), Outcome.class,
                outcome.getId());
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("outcome " + stored.getSortOrder() + " kind", new Change(stored.getKind(), outcome.getKind()));
        changes.put("outcome " + stored.getSortOrder() + " content", new Change(stored.getContent(), outcome.getContent()));
        changes.put("outcome " + stored.getSortOrder() + " agenda", new Change(agendaNumber(stored.getAgendaItem()),
                agendaNumber(item)));
        parts.recordChange("OUTCOME_UPDATE", meeting, changes);
        stored.setKind(outcome.getKind());
        stored.setContent(outcome.getContent());
        stored.setAgendaItem(item);
        return outcomes.saveAndFlush(stored);
    }

    @PreAuthorize(MeetingService.EDITORS)
    @Transactional
    public void remove(long meetingId, long outcomeId, int expectedVersion) {
        Meeting meeting = parts.editableMeeting(meetingId);
        Outcome stored = outcomes.findById(outcomeId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        MeetingParts.checkSame(meeting, stored.getMeeting(), stored.getVersion(), expectedVersion, Outcome.class,
                outcomeId);
        outcomes.delete(stored);
        outcomes.flush();
        MeetingParts.renumber(new ArrayList<>(list(meetingId)), Outcome::setSortOrder);
        parts.record("OUTCOME_REMOVE", meeting, stored.getKind() + ": " + stored.getContent());
    }

    private static Integer agendaNumber(AgendaItem item) {
        return item == null ? null : item.getSortOrder();
    }
}
