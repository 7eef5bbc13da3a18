package id.sinergi.action;

import id.sinergi.agency.Agency;
import id.sinergi.audit.AuditService;
import id.sinergi.audit.AuditService.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Writes an action item's audit events: one line per changed field (old → new), named as the history shows them. */
@Component
class ActionItemAudit {

    static final String ENTITY_TYPE = "ActionItem";

    /** The coordinator fields in form order, as the audit trail names them. */
    private static final Map<String, Function<ActionItem, Object>> PLAN_FIELDS = new LinkedHashMap<>();

    static {
        PLAN_FIELDS.put("activity", ActionItem::getActivity);
        PLAN_FIELDS.put("outputIndicator", ActionItem::getOutputIndicator);
        PLAN_FIELDS.put("targetAmount", i -> ActionItemRules.amount(i.getTargetAmount()));
        PLAN_FIELDS.put("targetUnit", ActionItem::getTargetUnit);
        PLAN_FIELDS.put("dueDate", ActionItem::getDueDate);
        PLAN_FIELDS.put("responsibleAgency", i -> abbreviation(i.getResponsibleAgency()));
        PLAN_FIELDS.put("supportingAgencies", i -> i.getSupportingAgencies().stream().map(Agency::getAbbreviation)
                .sorted().collect(Collectors.joining(", ")));
        PLAN_FIELDS.put("budgetSource", ActionItem::getBudgetSource);
        PLAN_FIELDS.put("budgetAmount", i -> ActionItemRules.amount(i.getBudgetAmount()));
        PLAN_FIELDS.put("strategy", ActionItem::getStrategy);
        PLAN_FIELDS.put("regionCode", ActionItem::getRegionCode);
        PLAN_FIELDS.put("notes", ActionItem::getNotes);
    }

    private final AuditService audit;

    ActionItemAudit(AuditService audit) {
        this.audit = audit;
    }

    /** The plan changes between the stored item and the edited one (before == null: a new item). */
    void planChanged(String action, ActionItem before, ActionItem after, Long id) {
        Map<String, Change> changes = new LinkedHashMap<>();
        PLAN_FIELDS.forEach((name, value) ->
                changes.put(name, new Change(before == null ? null : blankToNull(value.apply(before)),
                        blankToNull(value.apply(after)))));
        audit.recordChange(action, ENTITY_TYPE, id, changes);
    }

    void changed(String action, Long id, Map<String, Change> changes) {
        audit.recordChange(action, ENTITY_TYPE, id, changes);
    }

    void event(String action, Long id, String details) {
        audit.record(action, ENTITY_TYPE, id, details);
    }

    static Map<String, Change> change(String field, Object before, Object after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put(field, new Change(before, after));
        return changes;
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    private static String abbreviation(Agency agency) {
        return agency == null ? null : agency.getAbbreviation();
    }
}
