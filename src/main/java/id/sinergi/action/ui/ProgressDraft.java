package id.sinergi.action.ui;

import id.sinergi.action.ActionItemStatus;
import java.time.LocalDate;

/** What the progress form edits before it becomes a progress update request (public for the binder). */
public class ProgressDraft {

    private ActionItemStatus status;
    private Integer progress;
    private String narrative;
    private boolean extension;
    private LocalDate extensionDueDate;
    private String extensionReason;

    ProgressDraft(ActionItemStatus status, int progress) {
        this.status = status == ActionItemStatus.NOT_STARTED ? ActionItemStatus.IN_PROGRESS : status;
        this.progress = progress;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public void setStatus(ActionItemStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public boolean isExtension() {
        return extension;
    }

    public void setExtension(boolean extension) {
        this.extension = extension;
    }

    public LocalDate getExtensionDueDate() {
        return extensionDueDate;
    }

    public void setExtensionDueDate(LocalDate extensionDueDate) {
        this.extensionDueDate = extensionDueDate;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }
}
