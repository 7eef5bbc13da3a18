package id.sinergi.meeting;

import java.util.List;

/**
 * Draft → scheduled → held → final. A meeting may step back one step before it is final (a postponed meeting goes back
 * to scheduled); a draft may be recorded as held directly. Final is locked: only an administrator reopens it (to held).
 */
public enum MeetingStatus {
    DRAFT, SCHEDULED, HELD, FINAL;

    public String messageKey() {
        return "meeting.status." + name();
    }

    /** The statuses a coordinator may move to from this one (reopening a final meeting is not among them). */
    public List<MeetingStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(SCHEDULED, HELD);
            case SCHEDULED -> List.of(DRAFT, HELD);
            case HELD -> List.of(SCHEDULED, FINAL);
            case FINAL -> List.of();
        };
    }

    public boolean canMoveTo(MeetingStatus target) {
        return next().contains(target);
    }
}
