package id.sinergi.desabinaan;

import id.sinergi.audit.AuditEvent;
import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Desa Binaan assignments: the roster everyone reads, and the changes administrators and coordinators make. */
@Service
@Transactional(readOnly = true)
public class DesaBinaanService {

    private final DesaBinaanRepository assignments;
    private final VillageActivityRepository activities;
    private final AssignmentRules rules;
    private final AuditService audit;

    DesaBinaanService(DesaBinaanRepository assignments, VillageActivityRepository activities, AssignmentRules rules,
                      AuditService audit) {
        this.assignments = assignments;
        this.activities = activities;
        this.rules = rules;
        this.audit = audit;
    }

    /** The assignments the filter lets through, by Kanwil, office, village, with this quarter's activity counts. */
    public List<RosterRow> roster(RosterFilter filter) {
        List<Object[]> rows = assignments.roster(filter.kanwilId(), filter.officeId(), filter.program(), filter.status(),
                regencyPattern(filter), filter.riskLevel(), Like.pattern(filter.text()));
        Map<Long, Long> counts = new HashMap<>();
        if (!rows.isEmpty()) {
            List<Long> ids = rows.stream().map(r -> ((DesaBinaan) r[0]).getId()).toList();
            Quarter quarter = Quarter.current();
            activities.countPerAssignment(ids, quarter.start(), quarter.end())
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        List<RosterRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            DesaBinaan d = (DesaBinaan) r[0];
            result.add(new RosterRow(d, (String) r[1], (String) r[2], (String) r[3], counts.getOrDefault(d.getId(), 0L)));
        }
        return result;
    }

    /** Villages in the filtered roster: once per program, and once overall. */
    public RosterTotals totals(RosterFilter filter) {
        String regency = regencyPattern(filter);
        String text = Like.pattern(filter.text());
        Map<Program, Long> perProgram = new EnumMap<>(Program.class);
        assignments.villagesPerProgram(filter.kanwilId(), filter.officeId(), filter.program(), filter.status(), regency,
                filter.riskLevel(), text).forEach(r -> perProgram.put((Program) r[0], (Long) r[1]));
        long villages = assignments.countVillages(filter.kanwilId(), filter.officeId(), filter.program(), filter.status(),
                regency, filter.riskLevel(), text);
        return new RosterTotals(villages, perProgram);
    }

    /** What happened to one assignment (created, changed, ended), oldest first, from the audit trail. */
    public List<AuditEvent> history(long id) {
        return audit.history("DesaBinaan", id);
    }

    public Optional<DesaBinaan> findById(Long id) {
        return id == null ? Optional.empty() : assignments.findById(id);
    }

    /** For the form's early warning: the village lies outside the working area of the (immigration) office. */
    public boolean outsideWorkingArea(String villageCode, long officeId) {
        return villageCode != null && villageCode.length() >= 5 && rules.outsideWorkingArea(villageCode, officeId);
    }

    /**
     * Creates or updates an assignment (status PROPOSED or ACTIVE). A village outside the office's working area is
     * refused with {@link OutsideWorkingAreaException} until the caller confirms it; a stale version is refused.
     */
    @PreAuthorize(DesaBinaanRights.EDITORS)
    @Transactional
    public DesaBinaan save(DesaBinaan draft, boolean outsideAreaConfirmed) {
        DesaBinaan stored = null;
        if (!draft.isNew()) {
            stored = assignments.findById(draft.getId()).orElseThrow(() -> new BusinessRuleException("error.notFound"));
            if (stored.getVersion() != draft.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(DesaBinaan.class, draft.getId());
            }
            if (!stored.getStatus().isOpen()) {
                throw new BusinessRuleException("desabinaan.error.ended");
            }
        }
        AssignmentRules.Checked checked = rules.check(draft, outsideAreaConfirmed);
        DesaBinaan target = stored == null ? new DesaBinaan(checked.village().getCode(), checked.office(),
                draft.getProgram()) : stored;
        Map<String, AuditService.Change> changes = new LinkedHashMap<>();
        changes.put("village", change(stored, DesaBinaan::getVillageCode, checked.village().getCode()));
        changes.put("office", change(stored, d -> d.getOffice().getAbbreviation(), checked.office().getAbbreviation()));
        changes.put("program", change(stored, DesaBinaan::getProgram, draft.getProgram()));
        changes.put("status", change(stored, DesaBinaan::getStatus, draft.getStatus()));
        changes.put("skNumber", change(stored, DesaBinaan::getSkNumber, draft.getSkNumber()));
        changes.put("skDate", change(stored, DesaBinaan::getSkDate, draft.getSkDate()));
        changes.put("inauguration", change(stored, DesaBinaan::getInaugurationDate, draft.getInaugurationDate()));
        changes.put("reason", change(stored, DesaBinaan::getReason, draft.getReason()));
        changes.put("reasonNote", change(stored, DesaBinaan::getReasonNote, draft.getReasonNote()));
        changes.put("risk", change(stored, DesaBinaan::getRiskLevel, draft.getRiskLevel()));
        changes.put("pimpasa", change(stored, DesaBinaanService::names, names(checked.pimpasa())));
        target.setVillageCode(checked.village().getCode());
        target.setOffice(checked.office());
        target.setProgram(draft.getProgram());
        target.setStatus(draft.getStatus());
        target.setSkNumber(draft.getSkNumber());
        target.setSkDate(draft.getSkDate());
        target.setInaugurationDate(draft.getInaugurationDate());
        target.setReason(draft.getReason());
        target.setReasonNote(draft.getReasonNote());
        target.setRiskLevel(draft.getRiskLevel());
        target.setPimpasa(checked.pimpasa());
        DesaBinaan saved = assignments.saveAndFlush(target);
        audit.recordChange(stored == null ? "DESA_BINAAN_CREATE" : "DESA_BINAAN_UPDATE", "DesaBinaan", saved.getId(),
                changes);
        return saved;
    }

    /** Ends an assignment on a day (not in the future, not before its decree) for a reason; it stays as history. */
    @PreAuthorize(DesaBinaanRights.EDITORS)
    @Transactional
    public DesaBinaan end(long id, int version, LocalDate endDate, String reason) {
        DesaBinaan stored = assignments.findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (stored.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DesaBinaan.class, id);
        }
        if (!stored.getStatus().isOpen()) {
            throw new BusinessRuleException("desabinaan.error.ended");
        }
        if (endDate == null) {
            throw new FieldRuleException("endDate", "validation.required");
        }
        if (endDate.isAfter(LocalDate.now())) {
            throw new FieldRuleException("endDate", "desabinaan.error.endDateFuture");
        }
        if (stored.getSkDate() != null && endDate.isBefore(stored.getSkDate())) {
            throw new FieldRuleException("endDate", "desabinaan.error.endBeforeSk");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new FieldRuleException("endReason", "validation.required");
        }
        AssignmentRules.checkLength(why, DesaBinaan.END_REASON_MAX_LENGTH, "endReason");
        audit.record("DESA_BINAAN_END", "DesaBinaan", id, "status: " + stored.getStatus() + " → ENDED\nendDate: "
                + endDate + "\nendReason: " + why);
        stored.end(endDate, why);
        return assignments.saveAndFlush(stored);
    }

    /** For demo data run by the system itself: the same rules, no user needed. */
    @Transactional
    public DesaBinaan createBySystem(DesaBinaan draft) {
        AssignmentRules.Checked checked = rules.check(draft, true);
        draft.setOffice(checked.office());
        draft.setPimpasa(checked.pimpasa());
        return assignments.save(draft);
    }

    /** For demo data: ends an assignment without a user. */
    @Transactional
    public void endBySystem(long id, LocalDate endDate, String reason) {
        assignments.findById(id).orElseThrow().end(endDate, reason);
    }

    private static String regencyPattern(RosterFilter filter) {
        return filter.regencyCode() == null || filter.regencyCode().isBlank() ? null : filter.regencyCode() + ".%";
    }

    private static String names(DesaBinaan assignment) {
        return names(assignment.getPimpasa());
    }

    private static String names(List<id.sinergi.agency.Officer> officers) {
        return officers.stream().map(id.sinergi.agency.Officer::getName).sorted().collect(Collectors.joining(", "));
    }

    private static <T> AuditService.Change change(DesaBinaan stored, java.util.function.Function<DesaBinaan, T> before,
                                                  Object after) {
        return new AuditService.Change(stored == null ? null : before.apply(stored), after);
    }
}
