package id.sinergi.meeting;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The next meeting of a series: planned from the previous one, with its participants and open action items. */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private final MeetingService meetingService;
    private final AttendanceRepository attendances;
    private final AuditService audit;
    private final ObjectProvider<MeetingActionItems> actionItems;

    FollowUpService(MeetingService meetingService, AttendanceRepository attendances, AuditService audit,
                    ObjectProvider<MeetingActionItems> actionItems) {
        this.meetingService = meetingService;
        this.attendances = attendances;
        this.audit = audit;
        this.actionItems = actionItems;
    }

    /** The open action items of a meeting that its follow-up could carry over (none without the action items feature). */
    @PreAuthorize(MeetingService.READERS)
    public List<ActionItemSummary> carryOverCandidates(long meetingId) {
        MeetingActionItems items = actionItems.getIfAvailable();
        return items == null ? List.of() : items.openItems(meetingId);
    }

    /**
     * Plans the next meeting of the series: a draft with this one as previous, the same kind, title, organizer, venue,
     * chair and participants (presence reset to absent until marked), a month later at the same time (at least a week
     * ahead), and carries the chosen open action items over.
     */
    @PreAuthorize(MeetingService.EDITORS)
    @Transactional
    public Meeting planFollowUp(long meetingId, Collection<Long> carriedActionItemIds) {
        Meeting source = meetingService.findById(meetingId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        LocalDateTime start = source.getStartsAt().plusMonths(1);
        LocalDate earliest = LocalDate.now(ZoneId.of(source.getTimeZone())).plusWeeks(1);
        if (start.toLocalDate().isBefore(earliest)) {
            start = earliest.atTime(source.getStartsAt().toLocalTime());
        }
        Meeting next = new Meeting(source.getKind(), source.getTitle(), start,
                start.plus(Duration.between(source.getStartsAt(), source.getEndsAt())), source.getOrganizer());
        next.setTimeZone(source.getTimeZone());
        next.setVenue(source.getVenue());
        next.setOnlineLink(source.getOnlineLink());
        next.setChairName(source.getChairName());
        next.setChairPosition(source.getChairPosition());
        next.setMinuteTaker(source.getMinuteTaker());
        next.setPrevious(source);
        Meeting saved = meetingService.create(next);
        List<Attendance> participants = attendances.findByMeetingIdOrderBySortOrderAsc(meetingId);
        for (Attendance participant : participants) {
            Attendance copy = participant.copyForFollowUp();
            copy.setMeeting(saved);
            copy.setSortOrder(participant.getSortOrder());
            attendances.save(copy);
        }
        audit.record("MEETING_FOLLOW_UP", MeetingService.AUDIT_TYPE, meetingId, "follow-up: " + saved.getId()
                + "\nparticipants: " + participants.size() + "\ncarried over: " + carriedActionItemIds);
        MeetingActionItems items = actionItems.getIfAvailable();
        if (items != null && !carriedActionItemIds.isEmpty()) {
            items.carryOver(meetingId, saved.getId(), carriedActionItemIds);
        }
        return saved;
    }
}
