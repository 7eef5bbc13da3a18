package id.sinergi.action;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening action items, by coordinators and administrators: done (100 % and a progress update on record),
 * cancelled (with a reason), reopened. Allowed on final meetings too: the work goes on after the meeting.
 */
@Service
@Transactional(readOnly = true)
public class ActionItemStatusService {

    private final ActionItemRepository items;
    private final ProgressUpdateRepository updates;
    private final ActionItemAudit audit;

    ActionItemStatusService(ActionItemRepository items, ProgressUpdateRepository updates, ActionItemAudit audit) {
        this.items = items;
        this.updates = updates;
        this.audit = audit;
    }

    /** Marks the item done (100 % and at least one progress update needed), with an optional note why. */
    @PreAuthorize(ActionItemService.EDITORS)
    @Transactional
    public ActionItem markDone(long id, int expectedVersion, String reason) {
        ActionItem stored = items.findForChange(id, expectedVersion);
        ActionItemRules.checkDone(stored.getProgress(), updates.countByItemId(id));
        return close(stored, ActionItemStatus.DONE, ActionItemRules.optionalText(reason, ActionItem.REASON_MAX_LENGTH));
    }

    /** Cancels the item; a reason is required. */
    @PreAuthorize(ActionItemService.EDITORS)
    @Transactional
    public ActionItem cancel(long id, int expectedVersion, String reason) {
        ActionItem stored = items.findForChange(id, expectedVersion);
        return close(stored, ActionItemStatus.CANCELLED,
                ActionItemRules.requiredText(reason, ActionItem.REASON_MAX_LENGTH, "actionItem.error.reasonRequired"));
    }

    /** Opens a done or cancelled item again: in progress if it has progress, else not started. */
    @PreAuthorize(ActionItemService.EDITORS)
    @Transactional
    public ActionItem reopen(long id, int expectedVersion) {
        ActionItem stored = items.findForChange(id, expectedVersion);
        if (stored.getStatus().isOpen()) {
            throw new BusinessRuleException("actionItem.error.notClosed");
        }
        ActionItemStatus status = stored.getProgress() > 0 ? ActionItemStatus.IN_PROGRESS : ActionItemStatus.NOT_STARTED;
        var changes = ActionItemAudit.change("status", stored.getStatus(), status);
        changes.put("closingReason", new AuditService.Change(stored.getClosingReason(), null));
        audit.changed("ACTION_ITEM_REOPEN", id, changes);
        stored.setStatus(status);
        stored.setClosingReason(null);
        return items.saveAndFlush(stored);
    }

    private ActionItem close(ActionItem stored, ActionItemStatus status, String reason) {
        if (!stored.getStatus().isOpen()) {
            throw new BusinessRuleException("actionItem.error.closed");
        }
        var changes = ActionItemAudit.change("status", stored.getStatus(), status);
        changes.put("closingReason", new AuditService.Change(null, reason));
        audit.changed(status == ActionItemStatus.DONE ? "ACTION_ITEM_DONE" : "ACTION_ITEM_CANCEL", stored.getId(), changes);
        stored.setStatus(status);
        stored.setClosingReason(reason);
        return items.saveAndFlush(stored);
    }
}
