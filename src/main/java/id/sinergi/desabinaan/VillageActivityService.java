package id.sinergi.desabinaan;

import id.sinergi.action.ActionItemService;
import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Village activities (Kegiatan Desa): everyone reads; administrators, coordinators and the liaison of the fostering
 * office log them. Quarterly totals come from GROUP BY queries.
 */
@Service
@Transactional(readOnly = true)
public class VillageActivityService {

    private static final int ID_BATCH = 1000;

    private final VillageActivityRepository activities;
    private final DesaBinaanRepository assignments;
    private final DesaBinaanRights rights;
    private final AuditService audit;
    private final ActionItemService actionItems;

    VillageActivityService(VillageActivityRepository activities, DesaBinaanRepository assignments,
                           DesaBinaanRights rights, AuditService audit, ActionItemService actionItems) {
        this.activities = activities;
        this.assignments = assignments;
        this.rights = rights;
        this.audit = audit;
        this.actionItems = actionItems;
    }

    /** The activities of one assignment, newest first. */
    public List<VillageActivity> activitiesOf(long assignmentId) {
        return activities.findByAssignmentIdOrderByDateDescIdDesc(assignmentId);
    }

    public List<ActivityTotals> totalsPerOffice(Quarter quarter) {
        return activities.totalsPerOffice(quarter.start(), quarter.end());
    }

    /** Activities and participants of each given assignment in the quarter; those without any are left out. */
    public Map<Long, AssignmentActivity> totalsPerAssignment(Collection<Long> assignmentIds, Quarter quarter) {
        Map<Long, AssignmentActivity> totals = new HashMap<>();
        List<Long> ids = List.copyOf(assignmentIds);
        for (int from = 0; from < ids.size(); from += ID_BATCH) {
            activities.totalsPerAssignment(ids.subList(from, Math.min(ids.size(), from + ID_BATCH)), quarter.start(),
                    quarter.end()).forEach(t -> totals.put(t.assignmentId(), t));
        }
        return totals;
    }

    /** Per Kanwil: the parent agency of the fostering office. */
    public List<ActivityTotals> totalsPerKanwil(Quarter quarter) {
        return activities.totalsPerKanwil(quarter.start(), quarter.end());
    }

    /** Creates or updates an activity; only who may manage the office's activities; a stale version is refused. */
    @Transactional
    public VillageActivity save(VillageActivity draft) {
        if (draft.getAssignment() == null || draft.getAssignment().getId() == null) {
            throw new BusinessRuleException("error.notFound");
        }
        DesaBinaan assignment = assignments.findById(draft.getAssignment().getId())
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        rights.requireActivityRights(assignment.getOffice().getId());
        VillageActivity stored = null;
        if (!draft.isNew()) {
            stored = activities.findById(draft.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
            // the stored activity's office decides too, so an activity cannot be moved into one's own village
            rights.requireActivityRights(stored.getAssignment().getOffice().getId());
            if (!stored.getAssignment().equals(assignment)) {
                throw new BusinessRuleException("error.invalid");
            }
            if (stored.getVersion() != draft.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(VillageActivity.class, draft.getId());
            }
        }
        check(draft, assignment);
        checkActionItem(draft.getActionItemId());
        VillageActivity target = stored == null ? new VillageActivity(assignment, draft.getDate(), draft.getKind(),
                draft.getTopic(), draft.getParticipantsMale(), draft.getParticipantsFemale()) : stored;
        Map<String, AuditService.Change> changes = new LinkedHashMap<>();
        changes.put("assignment", new AuditService.Change(stored == null ? null : assignment.getId(), assignment.getId()));
        changes.put("date", new AuditService.Change(stored == null ? null : stored.getDate(), draft.getDate()));
        changes.put("kind", new AuditService.Change(stored == null ? null : stored.getKind(), draft.getKind()));
        changes.put("topic", new AuditService.Change(stored == null ? null : stored.getTopic(), draft.getTopic()));
        changes.put("male", new AuditService.Change(stored == null ? null : stored.getParticipantsMale(),
                draft.getParticipantsMale()));
        changes.put("female", new AuditService.Change(stored == null ? null : stored.getParticipantsFemale(),
                draft.getParticipantsFemale()));
        changes.put("findings", new AuditService.Change(stored == null ? null : stored.getFindings(), draft.getFindings()));
        changes.put("followUp", new AuditService.Change(stored == null ? null : stored.getFollowUp(), draft.getFollowUp()));
        changes.put("actionItem", new AuditService.Change(stored == null ? null : stored.getActionItemId(),
                draft.getActionItemId()));
        target.setDate(draft.getDate());
        target.setKind(draft.getKind());
        target.setTopic(draft.getTopic());
        target.setParticipantsMale(draft.getParticipantsMale());
        target.setParticipantsFemale(draft.getParticipantsFemale());
        target.setFindings(draft.getFindings());
        target.setFollowUp(draft.getFollowUp());
        target.setActionItemId(draft.getActionItemId());
        VillageActivity saved = activities.saveAndFlush(target);
        audit.recordChange(stored == null ? "VILLAGE_ACTIVITY_CREATE" : "VILLAGE_ACTIVITY_UPDATE", "VillageActivity",
                saved.getId(), changes);
        return saved;
    }

    /**
     * Removes an activity logged by mistake: only who may manage the office's activities; a stale version is refused.
     * The audit trail keeps what it said.
     */
    @Transactional
    public void remove(long id, int expectedVersion) {
        VillageActivity stored = activities.findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        rights.requireActivityRights(stored.getAssignment().getOffice().getId());
        if (stored.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(VillageActivity.class, id);
        }
        Map<String, AuditService.Change> changes = new LinkedHashMap<>();
        changes.put("assignment", new AuditService.Change(stored.getAssignment().getId(), null));
        changes.put("date", new AuditService.Change(stored.getDate(), null));
        changes.put("kind", new AuditService.Change(stored.getKind(), null));
        changes.put("topic", new AuditService.Change(stored.getTopic(), null));
        changes.put("participants", new AuditService.Change(stored.getParticipants(), null));
        activities.delete(stored);
        activities.flush();
        audit.recordChange("VILLAGE_ACTIVITY_DELETE", "VillageActivity", id, changes);
    }

    /** For demo data run by the system itself. */
    @Transactional
    public VillageActivity createBySystem(VillageActivity activity) {
        DesaBinaan assignment = assignments.findById(activity.getAssignment().getId()).orElseThrow();
        check(activity, assignment);
        return activities.save(activity);
    }

    private void checkActionItem(Long actionItemId) {
        if (actionItemId == null) {
            return;
        }
        try {
            actionItems.get(actionItemId);
        } catch (BusinessRuleException notFound) {
            throw new FieldRuleException("actionItemId", "villageActivity.error.actionItemNotFound", actionItemId);
        }
    }

    private static void check(VillageActivity draft, DesaBinaan assignment) {
        if (draft.getDate() == null) {
            throw new FieldRuleException("date", "validation.required");
        }
        if (draft.getDate().isAfter(LocalDate.now())) {
            throw new FieldRuleException("date", "villageActivity.error.dateFuture");
        }
        if (assignment.getEndDate() != null && draft.getDate().isAfter(assignment.getEndDate())) {
            throw new FieldRuleException("date", "villageActivity.error.afterEnd");
        }
        if (draft.getKind() == null) {
            throw new FieldRuleException("kind", "validation.required");
        }
        if (draft.getTopic() == null || draft.getTopic().isBlank()) {
            throw new FieldRuleException("topic", "validation.required");
        }
        AssignmentRules.checkLength(draft.getTopic(), VillageActivity.TOPIC_MAX_LENGTH, "topic");
        AssignmentRules.checkLength(draft.getFindings(), VillageActivity.FINDINGS_MAX_LENGTH, "findings");
        AssignmentRules.checkLength(draft.getFollowUp(), VillageActivity.FOLLOW_UP_MAX_LENGTH, "followUp");
        checkParticipants(draft.getParticipantsMale(), "participantsMale");
        checkParticipants(draft.getParticipantsFemale(), "participantsFemale");
    }

    private static void checkParticipants(int count, String field) {
        if (count < 0) {
            throw new FieldRuleException(field, "villageActivity.error.participantsNegative");
        }
        if (count > VillageActivity.PARTICIPANTS_MAX) {
            throw new FieldRuleException(field, "villageActivity.error.participantsTooMany", VillageActivity.PARTICIPANTS_MAX);
        }
    }
}
