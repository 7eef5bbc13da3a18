package id.sinergi.action;

import id.sinergi.audit.AuditEvent;
import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.meeting.Meeting;
import id.sinergi.user.CurrentUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items: everyone logged in reads them; coordinators and administrators plan them (add, edit, reorder, remove on
 * a meeting that is not final). Closing and reopening are in {@link ActionItemStatusService}, progress, extensions and
 * comments in {@link ProgressService}.
 * Every change leaves an audit event; a stale version (someone saved in between) is refused, nothing is overwritten.
 */
@Service
@Transactional(readOnly = true)
public class ActionItemService {

    static final String READERS = "isAuthenticated()";
    static final String EDITORS = "hasAnyRole('ADMIN', 'COORDINATOR')";
    private static final ZoneId INDONESIA_WEST = ZoneId.of("Asia/Jakarta");

    private final ActionItemRepository items;
    private final ProgressUpdateRepository updates;
    private final CommentRepository comments;
    private final ActionItemSearch search;
    private final ActionItemWords words;
    private final ActionItemRules rules;
    private final ActionItemPermissions permissions;
    private final ActionItemAudit audit;
    private final AuditService auditService;
    private final CurrentUser currentUser;

    ActionItemService(ActionItemRepository items, ProgressUpdateRepository updates, CommentRepository comments,
                      ActionItemSearch search, ActionItemWords words,
                      ActionItemRules rules, ActionItemPermissions permissions, ActionItemAudit audit,
                      AuditService auditService, CurrentUser currentUser) {
        this.items = items;
        this.updates = updates;
        this.comments = comments;
        this.search = search;
        this.words = words;
        this.rules = rules;
        this.permissions = permissions;
        this.audit = audit;
        this.auditService = auditService;
        this.currentUser = currentUser;
    }

    /** The day overdue is measured against: today in western Indonesia, where the coordination secretariats work. */
    public static LocalDate today() {
        return LocalDate.now(INDONESIA_WEST);
    }

    public boolean canEditPlan() {
        return permissions.isCoordinator();
    }

    @PreAuthorize(READERS)
    public ActionItem get(long id) {
        return items.findDetailedById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
    }

    @PreAuthorize(READERS)
    public ActionItemAccess access(ActionItem item) {
        return permissions.accessTo(item);
    }

    /** One page of the all-items list, soonest due first unless sorted otherwise. */
    @PreAuthorize(READERS)
    public List<ActionItem> list(ActionItemFilter filter, Pageable pageable) {
        return search.page(filter, today(), pageable, false);
    }

    /** The exact number of matching items; one statement without a transaction of its own, as a list page. */
    @PreAuthorize(READERS)
    @Transactional(propagation = Propagation.SUPPORTS)
    public long count(ActionItemFilter filter) {
        return search.count(filter, today());
    }

    /**
     * The same page as list rows (the grid's); in the default order a page after one already read seeks past it (fast
     * at any depth). A page is one statement, run without a transaction of its own: a list page reads, and the begin
     * and commit were a third of the app's time on a page that the database answers in under a millisecond. So are the
     * counts and the liaison's own list.
     */
    @PreAuthorize(READERS)
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<ActionItemSummary> list(ActionItemFilter filter, Pageable pageable, ListBookmarks bookmarks) {
        return search.summaries(filter, today(), pageable, false, bookmarks);
    }

    /**
     * The number of matching items, counted no further than {@code limit}: an exact count of a million items takes
     * longer than a list may, so the list says "more than ..." beyond the limit.
     */
    @PreAuthorize(READERS)
    @Transactional(propagation = Propagation.SUPPORTS)
    public long countUpTo(ActionItemFilter filter, int limit) {
        return search.countUpTo(filter, today(), limit);
    }

    /** The items the caller's agency is responsible for: open ones first (overdue, then due soon), then closed ones. */
    @PreAuthorize(READERS)
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<ActionItemSummary> listOurs(Pageable pageable) {
        Long agencyId = currentUser.require().agencyId();
        return agencyId == null ? List.of()
                : search.summaries(ActionItemFilter.ofResponsibleAgency(agencyId), today(), pageable, true, null);
    }

    @PreAuthorize(READERS)
    @Transactional(propagation = Propagation.SUPPORTS)
    public long countOurs() {
        Long agencyId = currentUser.require().agencyId();
        return agencyId == null ? 0 : search.count(ActionItemFilter.ofResponsibleAgency(agencyId), today());
    }

    /** The items a meeting agreed, in their order (numbered 1, 2, 3 ...). */
    @PreAuthorize(READERS)
    public List<ActionItem> planOf(long meetingId) {
        return items.findByOriginMeetingIdOrderByNumberAscIdAsc(meetingId);
    }

    /** One page of a meeting's plan in its order (the grid on the meeting page). */
    @PreAuthorize(READERS)
    public List<ActionItem> planOf(long meetingId, Pageable pageable) {
        return items.findByOriginMeetingId(meetingId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("number", "id"))).getContent();
    }

    @PreAuthorize(READERS)
    public long countPlan(long meetingId) {
        return items.countByOriginMeetingId(meetingId);
    }

    /** One page of the items carried over to this meeting, by origin meeting and number. */
    @PreAuthorize(READERS)
    public List<ActionItem> carriedInto(long meetingId, Pageable pageable) {
        return items.findByCarriedToMeetingId(meetingId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("originMeetingId", "number", "id"))).getContent();
    }

    @PreAuthorize(READERS)
    public long countCarriedInto(long meetingId) {
        return items.countByCarriedToMeetingId(meetingId);
    }

    /** Items of earlier meetings carried over to this one. */
    @PreAuthorize(READERS)
    public List<ActionItem> carriedInto(long meetingId) {
        return items.findByCarriedToMeetingIdOrderByOriginMeetingIdAscNumberAsc(meetingId);
    }

    /** The item's audit trail, oldest first. */
    @PreAuthorize(READERS)
    public List<AuditEvent> history(long id) {
        return auditService.history(ActionItemAudit.ENTITY_TYPE, id);
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public ActionItem create(long meetingId, ActionItem item) {
        return insert(meetingId, item, rules.editableMeeting(meetingId));
    }

    /**
     * For demo data and imports run by the system itself (never by a logged-in user): the plan rules apply, the lock of a
     * final meeting does not, as the items a finished meeting agreed are recorded after it.
     */
    @Transactional
    public ActionItem createBySystem(long meetingId, ActionItem item) {
        if (currentUser.get().isPresent()) {
            throw new AccessDeniedException("For system jobs only");
        }
        return insert(meetingId, item, rules.meeting(meetingId));
    }

    private ActionItem insert(long meetingId, ActionItem item, Meeting meeting) {
        if (!item.isNew()) {
            throw new IllegalArgumentException("Not a new item: use update");
        }
        trimPlanTexts(item);
        rules.checkPlan(item, meeting);
        item.setOriginMeetingId(meetingId);
        item.setNumber(items.maxNumber(meetingId) + 1);
        item.setStatus(ActionItemStatus.NOT_STARTED);
        item.setProgress(0);
        item.setClosingReason(null);
        item.setCreatedAt(Instant.now());
        ActionItem saved = items.saveAndFlush(item);
        words.index(saved);
        audit.planChanged("ACTION_ITEM_CREATE", null, saved, saved.getId());
        return saved;
    }

    /** Saves the coordinator fields only; status, progress and the meetings never change here. */
    @PreAuthorize(EDITORS)
    @Transactional
    public ActionItem update(ActionItem item) {
        ActionItem stored = items.findForChange(item.getId(), item.getVersion());
        Meeting meeting = rules.editableMeeting(stored.getCurrentMeetingId());
        Meeting origin = stored.getCarriedToMeetingId() == null ? meeting : rules.meeting(stored.getOriginMeetingId());
        trimPlanTexts(item);
        rules.checkPlan(item, origin);
        audit.planChanged("ACTION_ITEM_UPDATE", stored, item, stored.getId());
        stored.setActivity(item.getActivity());
        stored.setOutputIndicator(item.getOutputIndicator());
        stored.setTargetAmount(item.getTargetAmount());
        stored.setTargetUnit(item.getTargetUnit());
        stored.setDueDate(item.getDueDate());
        stored.setResponsibleAgency(item.getResponsibleAgency());
        stored.setSupportingAgencies(item.getSupportingAgencies());
        stored.setBudgetSource(item.getBudgetSource());
        stored.setBudgetAmount(item.getBudgetAmount());
        stored.setStrategy(item.getStrategy());
        stored.setRegionCode(item.getRegionCode());
        stored.setNotes(item.getNotes());
        ActionItem saved = items.saveAndFlush(stored);
        words.index(saved);
        return saved;
    }

    /** Moves the item one place up (-1) or down (+1) in its meeting's plan; the numbers follow the order. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void move(long id, int expectedVersion, int direction) {
        ActionItem stored = items.findForChange(id, expectedVersion);
        rules.editableMeeting(stored.getOriginMeetingId());
        List<ActionItem> plan = items.findByOriginMeetingIdOrderByNumberAscIdAsc(stored.getOriginMeetingId());
        int from = plan.indexOf(stored);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= plan.size()) {
            return;
        }
        ActionItem other = plan.get(to);
        int number = stored.getNumber();
        renumber(stored, other.getNumber());
        renumber(other, number);
        items.flush();
    }

    /** Removes an item that has no progress yet (one with progress is cancelled instead); the rest are renumbered. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void remove(long id, int expectedVersion) {
        ActionItem stored = items.findForChange(id, expectedVersion);
        rules.editableMeeting(stored.getOriginMeetingId());
        if (stored.getCarriedToMeetingId() != null || updates.countByItemId(id) > 0
                || comments.countByItemId(id) > 0) {
            throw new BusinessRuleException("actionItem.error.removeHasHistory");
        }
        audit.event("ACTION_ITEM_REMOVE", id, stored.getNumber() + ". " + stored.getActivity());
        words.remove(id);
        items.delete(stored);
        items.flush();
        List<ActionItem> plan = items.findByOriginMeetingIdOrderByNumberAscIdAsc(stored.getOriginMeetingId());
        for (int i = 0; i < plan.size(); i++) {
            renumber(plan.get(i), i + 1);
        }
    }

    private void renumber(ActionItem item, int number) {
        if (item.getNumber() != number) {
            audit.changed("ACTION_ITEM_RENUMBER", item.getId(), ActionItemAudit.change("number", item.getNumber(), number));
            item.setNumber(number);
        }
    }

    private static void trimPlanTexts(ActionItem item) {
        item.setActivity(item.getActivity() == null ? null : item.getActivity().strip());
        item.setOutputIndicator(blankToNull(item.getOutputIndicator()));
        item.setTargetUnit(blankToNull(item.getTargetUnit()));
        item.setBudgetSource(blankToNull(item.getBudgetSource()));
        item.setRegionCode(blankToNull(item.getRegionCode()));
        item.setNotes(blankToNull(item.getNotes()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
