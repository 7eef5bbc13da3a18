package id.sinergi.action;

import id.sinergi.base.BusinessRuleException;

/** The rules a progress report passes before anything is stored. */
final class ProgressRules {

    private ProgressRules() {
    }

    static void checkReport(ActionItem item, ProgressUpdateRequest request, boolean extensionPending) {
        if (!item.getStatus().isOpen()) {
            throw new BusinessRuleException("actionItem.error.closed");
        }
        if (request.status() == null || !ActionItemStatus.REPORTABLE.contains(request.status())) {
            throw new BusinessRuleException("actionItem.error.reportStatus");
        }
        ActionItemRules.checkProgress(request.progress());
        ActionItemRules.requiredText(request.narrative(), ProgressUpdate.NARRATIVE_MAX_LENGTH,
                "actionItem.error.narrativeRequired");
        if (request.status() == ActionItemStatus.NOT_STARTED && request.progress() > 0) {
            throw new BusinessRuleException("actionItem.error.notStartedWithProgress");
        }
        if (request.status() == ActionItemStatus.DONE && request.progress() != 100) {
            throw new BusinessRuleException("actionItem.error.doneNeedsFull");
        }
        checkExtension(item, request, extensionPending);
    }

    private static void checkExtension(ActionItem item, ProgressUpdateRequest request, boolean extensionPending) {
        boolean hasReason = request.extensionReason() != null && !request.extensionReason().isBlank();
        if (request.extensionDueDate() == null) {
            if (hasReason) {
                throw new BusinessRuleException("actionItem.error.extensionDateRequired");
            }
            return;
        }
        if (request.status() == ActionItemStatus.DONE) {
            throw new BusinessRuleException("actionItem.error.extensionWhenDone");
        }
        if (extensionPending) {
            throw new BusinessRuleException("actionItem.error.extensionPending");
        }
        ActionItemRules.requiredText(request.extensionReason(), ProgressUpdate.EXTENSION_REASON_MAX_LENGTH,
                "actionItem.error.extensionReasonRequired");
        ActionItemRules.checkExtensionDate(request.extensionDueDate(), item.getDueDate());
    }
}
