package id.sinergi.meeting;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** What the agenda, attendance and outcome services share: the editable meeting, version checks, order, audit. */
@Component
class MeetingParts {

    private final MeetingRepository meetings;
    private final MeetingRules rules;
    private final AuditService audit;

    MeetingParts(MeetingRepository meetings, MeetingRules rules, AuditService audit) {
        this.meetings = meetings;
        this.rules = rules;
        this.audit = audit;
    }

    /** The meeting, if it exists and is not final (a final meeting and all its parts are locked). */
    Meeting editableMeeting(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        rules.checkEditable(meeting);
        return meeting;
    }

    void checkValid(Object part) {
        rules.checkValid(part);
    }

    /** Refuses a part that belongs to another meeting, or that someone changed since the caller read it. */
    static void checkSame(Meeting meeting, Meeting owner, int storedVersion, int expectedVersion, Class<?> type, Long id) {
        if (!meeting.equals(owner)) {
            throw new BusinessRuleException("error.notFound");
        }
        if (storedVersion != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    void record(String action, Meeting meeting, String details) {
        audit.record(action, MeetingService.AUDIT_TYPE, meeting.getId(), details);
    }

    void recordChange(String action, Meeting meeting, Map<String, AuditService.Change> changes) {
        audit.recordChange(action, MeetingService.AUDIT_TYPE, meeting.getId(), changes);
    }

    /**
     * Moves one part of an ordered list one place up (delta -1) or down (+1) and renumbers all from 1.
     * Returns false when it is already first or last.
     */
    static <T> boolean move(List<T> ordered, T moved, int delta, ObjIntConsumer<T> setPosition) {
        int from = ordered.indexOf(moved);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= ordered.size()) {
            return false;
        }
        ordered.add(to, ordered.remove(from));
        renumber(ordered, setPosition);
        return true;
    }

    static <T> void renumber(List<T> ordered, ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < ordered.size(); i++) {
            setPosition.accept(ordered.get(i), i + 1);
        }
    }
}
