package id.sinergi.meeting;

import id.sinergi.audit.AuditService;
import id.sinergi.audit.AuditService.Change;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: every logged-in user reads them; administrators and coordinators create and change them. A final meeting
 * is locked for everyone; only an administrator reopens it. Every change leaves an audit event (old → new).
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    static final String EDITORS = "hasAnyRole('ADMIN', 'COORDINATOR')";
    static final String READERS = "isAuthenticated()";
    static final String AUDIT_TYPE = "Meeting";

    /** The header fields as the audit trail names them, in form order. */
    private static final Map<String, Function<Meeting, Object>> HEADER_FIELDS = new LinkedHashMap<>();

    static {
        HEADER_FIELDS.put("kind", Meeting::getKind);
        HEADER_FIELDS.put("title", Meeting::getTitle);
        HEADER_FIELDS.put("startsAt", Meeting::getStartsAt);
        HEADER_FIELDS.put("endsAt", Meeting::getEndsAt);
        HEADER_FIELDS.put("timeZone", Meeting::getTimeZone);
        HEADER_FIELDS.put("venue", Meeting::getVenue);
        HEADER_FIELDS.put("onlineLink", m -> blankToNull(m.getOnlineLink()));
        HEADER_FIELDS.put("organizer", m -> m.getOrganizer().getAbbreviation());
        HEADER_FIELDS.put("chairName", Meeting::getChairName);
        HEADER_FIELDS.put("chairPosition", Meeting::getChairPosition);
        HEADER_FIELDS.put("minuteTaker", Meeting::getMinuteTaker);
        HEADER_FIELDS.put("previous", m -> m.getPrevious() == null ? null : m.getPrevious().getId());
    }

    private final MeetingRepository meetings;
    private final OutcomeRepository outcomes;
    private final MeetingRules rules;
    private final AuditService audit;
    private final ObjectProvider<MeetingActionItemCounts> actionItemCounts;
    private final CurrentUser currentUser;

    MeetingService(MeetingRepository meetings, OutcomeRepository outcomes, MeetingRules rules, AuditService audit,
                   ObjectProvider<MeetingActionItemCounts> actionItemCounts, CurrentUser currentUser) {
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.outcomes = outcomes;
        this.rules = rules;
        this.audit = audit;
        this.actionItemCounts = actionItemCounts;
    }

    /** Whether the caller may create and change meetings (the UI shows edit controls only then). */
    public boolean canEdit() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COORDINATOR);
    }

    /** Whether the caller may reopen a final meeting. */
    public boolean canReopen() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** One page of meetings, newest first unless sorted otherwise, each with its organizer and open action items. */
    @PreAuthorize(READERS)
    public List<MeetingRow> list(MeetingFilter filter, Pageable pageable) {
        Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                MeetingQueries.order(pageable.getSort()));
        List<Meeting> page = meetings.findBy(MeetingQueries.matching(filter).and(MeetingQueries.fetchOrganizer()),
                q -> q.slice(ordered)).getContent();
        MeetingActionItemCounts counts = actionItemCounts.getIfAvailable();
        Map<Long, Integer> open = counts == null || page.isEmpty() ? Map.of()
                : counts.openCounts(page.stream().map(Meeting::getId).toList());
        return page.stream().map(m -> new MeetingRow(m, open.getOrDefault(m.getId(), 0))).toList();
    }

    @PreAuthorize(READERS)
    public long count(MeetingFilter filter) {
        return meetings.count(MeetingQueries.matching(filter));
    }

    /** The meeting with its organizer and previous meeting loaded. */
    @PreAuthorize(READERS)
    public Optional<Meeting> findById(Long id) {
        return id == null ? Optional.empty() : meetings.findWithOrganizerById(id);
    }

    @PreAuthorize(READERS)
    public Meeting get(long id) {
        return findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public Meeting create(Meeting meeting) {
        if (!meeting.isNew()) {
            throw new IllegalArgumentException("Not a new meeting: use update");
        }
        rules.checkHeader(meeting);
        meeting.setStatus(MeetingStatus.DRAFT);
        meeting.setOnlineLink(blankToNull(meeting.getOnlineLink()));
        Meeting saved = meetings.save(meeting);
        audit.recordChange("MEETING_CREATE", AUDIT_TYPE, saved.getId(), headerChanges(null, saved));
        return saved;
    }

    /** Saves the header fields; a stale version (someone saved in between) is refused, nothing is overwritten. */
    @PreAuthorize(EDITORS)
    @Transactional
    public Meeting update(Meeting meeting) {
        if (meeting.isNew()) {
            throw new IllegalArgumentException("New meeting: use create");
        }
        Meeting stored = load(meeting.getId(), meeting.getVersion());
        rules.checkEditable(stored);
        rules.checkHeader(meeting);
        if (meeting.getPrevious() != null && meeting.getPrevious().getId().equals(stored.getId())) {
            throw new BusinessRuleException("meeting.error.previousSelf");
        }
        audit.recordChange("MEETING_UPDATE", AUDIT_TYPE, stored.getId(), headerChanges(stored, meeting));
        stored.setKind(meeting.getKind());
        stored.setTitle(meeting.getTitle());
        stored.setStartsAt(meeting.getStartsAt());
        stored.setEndsAt(meeting.getEndsAt());
        stored.setTimeZone(meeting.getTimeZone());
        stored.setVenue(meeting.getVenue());
        stored.setOnlineLink(blankToNull(meeting.getOnlineLink()));
        stored.setOrganizer(meeting.getOrganizer());
        stored.setChairName(meeting.getChairName());
        stored.setChairPosition(meeting.getChairPosition());
        stored.setMinuteTaker(meeting.getMinuteTaker());
        stored.setPrevious(meeting.getPrevious());
        return meetings.saveAndFlush(stored);
    }

    /**
     * Moves the meeting to another status (see {@link MeetingStatus#next()}). Final needs a chair and at least one
     * outcome. {@code expectedVersion} is the version the caller saw.
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public Meeting changeStatus(long id, int expectedVersion, MeetingStatus target) {
        Meeting stored = load(id, expectedVersion);
        rules.checkEditable(stored);
        if (!stored.getStatus().canMoveTo(target)) {
            throw new BusinessRuleException("meeting.error.statusChange");
        }
        if (target == MeetingStatus.FINAL) {
            if (isBlank(stored.getChairName())) {
                throw new BusinessRuleException("meeting.error.finalNeedsChair");
            }
            if (outcomes.countByMeetingId(id) == 0) {
                throw new BusinessRuleException("meeting.error.finalNeedsOutcome");
            }
        }
        return moveTo(stored, target, "MEETING_STATUS");
    }

    /** Reopens a final meeting (back to held) so it can be corrected; administrators only, recorded in the audit. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Meeting reopen(long id, int expectedVersion) {
        Meeting stored = load(id, expectedVersion);
        if (!stored.isFinal()) {
            throw new BusinessRuleException("meeting.error.statusChange");
        }
        return moveTo(stored, MeetingStatus.HELD, "MEETING_REOPEN");
    }

    private Meeting moveTo(Meeting stored, MeetingStatus target, String action) {
        audit.recordChange(action, AUDIT_TYPE, stored.getId(),
                Map.of("status", new Change(stored.getStatus(), target)));
        stored.setStatus(target);
        return meetings.saveAndFlush(stored);
    }

    private Meeting load(Long id, int expectedVersion) {
        Meeting stored = meetings.findWithOrganizerById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (stored.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Meeting.class, id);
        }
        return stored;
    }

    private static Map<String, Change> headerChanges(Meeting before, Meeting after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        HEADER_FIELDS.forEach((name, value) ->
                changes.put(name, new Change(before == null ? null : value.apply(before), value.apply(after))));
        return changes;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.trim();
    }
}
