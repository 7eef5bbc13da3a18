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

/** A meeting's agenda: ordered items that coordinators add, change, reorder and remove until the meeting is final. */
@Service
@Transactional(readOnly = true)
public class AgendaService {

    private final AgendaItemRepository items;
    private final OutcomeRepository outcomes;
    private final MeetingParts parts;

    AgendaService(AgendaItemRepository items, OutcomeRepository outcomes, MeetingParts parts) {
        this.items = items;
        this.outcomes = outcomes;
        this.parts = parts;
    }

    @PreAuthorize(MeetingService.READERS)
    public List<AgendaItem> list(long meetingId) {
        return items.findByMeetingIdOrderBySortOrderAsc(meetingId);
    }

    /** Adds a new item at the end, or saves the changes of an existing one (refused if someone changed it meanwhile). */
    @PreAuthorize(MeetingService.EDITORS)
    @Transactional
    public AgendaItem save(long meetingId, AgendaItem item) {
        Meeting meeting = parts.editableMeeting(meetingId);
        parts.checkValid(item);
        if (item.isNew()) {
            item.setMeeting(meeting);
            item.setSortOrder(list(meetingId).size() + 1);
            AgendaItem saved = items.save(item);
            parts.record("AGENDA_ADD", meeting, saved.getSortOrder() + ". " + saved.getTitle());
            return saved;
        }
        AgendaItem stored = items.findById(item.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        MeetingParts.checkSame(meeting, stored.getMeeting(), stored.getVersion(), item.getVersion(), AgendaItem.class,
                item.getId());
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("agenda " + stored.getSortOrder() + " title", new Change(stored.getTitle(), item.getTitle()));
        changes.put("agenda " + stored.getSortOrder() + " presenter", new Change(stored.getPresenter(), item.getPresenter()));
        changes.put("agenda " + stored.getSortOrder() + " discussion",
                new Change(stored.getDiscussion(), item.getDiscussion()));
        parts.recordChange("AGENDA_UPDATE", meeting, changes);
        stored.setTitle(item.getTitle());
        stored.setPresenter(item.getPresenter());
        stored.setDiscussion(item.getDiscussion());
        return items.saveAndFlush(stored);
    }

    /** Moves an item one place up (-1) or down (+1); the numbers follow the new order. */
    @PreAuthorize(MeetingService.EDITORS)
    @Transactional
    public void move(long meetingId, long itemId, int delta) {
        Meeting meeting = parts.editableMeeting(meetingId);
        List<AgendaItem> ordered = new ArrayList<>(list(meetingId));
        AgendaItem moved = ordered.stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        int before = moved.getSortOrder();
        if (MeetingParts.move(ordered, moved, Integer.signum(delta), AgendaItem::setSortOrder)) {
            parts.record("AGENDA_MOVE", meeting, moved.getTitle() + ": " + before + " → " + moved.getSortOrder());
        }
    }

    /** Removes an item; outcomes tied to it stay, no longer tied to an item. */
    @PreAuthorize(MeetingService.EDITORS)
    @Transactional
    public void remove(long meetingId, long itemId, int expectedVersion) {
        Meeting meeting = parts.editableMeeting(meetingId);
        AgendaItem stored = items.findById(itemId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        MeetingParts.checkSame(meeting, stored.getMeeting(), stored.getVersion(), expectedVersion, AgendaItem.class,
                itemId);
        outcomes.findByAgendaItemId(itemId).forEach(o -> o.setAgendaItem(null));
        items.delete(stored);
        items.flush();
        List<AgendaItem> rest = new ArrayList<>(list(meetingId));
        MeetingParts.renumber(rest, AgendaItem::setSortOrder);
        parts.record("AGENDA_REMOVE", meeting, stored.getSortOrder() + ". " + stored.getTitle());
    }
}
