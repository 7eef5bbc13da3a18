package id.sinergi.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.sinergi.action.EvidenceDownload;
import id.sinergi.action.EvidenceFile;
import id.sinergi.action.EvidenceStore;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdate;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The item's progress updates, newest first: who, when, status and %, narrative, evidence downloads and the extension
 * request with its decision. A coordinator decides a pending request here. Rendered once; no entities are kept.
 */
class ProgressUpdateList extends Div {

    private final ProgressService progressService;
    private final EvidenceStore evidenceStore;
    private final Runnable onChanged;

    ProgressUpdateList(long itemId, boolean mayDecide, ProgressService progressService, EvidenceStore evidenceStore,
                       Runnable onChanged) {
        this.progressService = progressService;
        this.evidenceStore = evidenceStore;
        this.onChanged = onChanged;
        setId("progress-updates");
        add(new H3(getTranslation("itemProgress.updates")));
        List<ProgressUpdate> updates = progressService.updatesOf(itemId);
        if (updates.isEmpty()) {
            add(new Paragraph(getTranslation("itemProgress.none")));
        }
        Map<Long, List<EvidenceFile>> files = evidenceStore.filesOf(updates);
        for (ProgressUpdate update : updates) {
            add(entry(update, files.getOrDefault(update.getId(), List.of()), mayDecide));
        }
    }

    private Div entry(ProgressUpdate update, List<EvidenceFile> files, boolean mayDecide) {
        Locale locale = getLocale();
        Span when = new Span(ActionItemFormat.dateTime(update.getCreatedAt(), locale) + " — " + update.getAuthorName());
        when.addClassName("sinergi-meta");
        HorizontalLayout head = new HorizontalLayout(when, ActionItemFormat.statusBadge(update.getStatus()),
                new Span(update.getProgress() + " %"));
        head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Div entry = new Div(head, new Paragraph(update.getNarrative()));
        entry.addClassName("sinergi-update");
        for (EvidenceFile file : files) {
            entry.add(download(file));
        }
        if (update.getExtensionDecision() != null) {
            entry.add(extension(update, mayDecide));
        }
        return entry;
    }

    private Anchor download(EvidenceFile file) {
        long id = file.getId();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            EvidenceDownload download = evidenceStore.download(id);
            return new DownloadResponse(new ByteArrayInputStream(download.content()), download.fileName(),
                    download.contentType(), download.content().length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, file.getFileName());
        anchor.addComponentAsFirst(VaadinIcon.PAPERCLIP.create());
        anchor.addClassName("sinergi-evidence");
        anchor.setId("evidence-" + id);
        return anchor;
    }

    private Div extension(ProgressUpdate update, boolean mayDecide) {
        Locale locale = getLocale();
        Div box = new Div(new Paragraph(getTranslation("itemProgress.extension.requested",
                ActionItemFormat.date(update.getExtensionDueDate(), locale), update.getExtensionReason())));
        box.addClassName("sinergi-extension");
        Span decision = new Span(getTranslation(update.getExtensionDecision().messageKey()));
        decision.getElement().setAttribute("theme", update.hasPendingExtension() ? "badge" : "badge contrast");
        box.add(decision);
        if (update.getDecidedBy() != null) {
            String note = update.getDecisionNote() == null ? "" : " — " + update.getDecisionNote();
            box.add(new Paragraph(getTranslation("itemProgress.extension.decided", update.getDecidedBy(),
                    ActionItemFormat.dateTime(update.getDecidedAt(), locale)) + note));
        }
        if (mayDecide && update.hasPendingExtension()) {
            box.add(decisionControls(update.getId(), update.getVersion()));
        }
        return box;
    }

    private HorizontalLayout decisionControls(long updateId, int version) {
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("itemProgress.extension.note"));
        note.setMaxLength(ProgressUpdate.DECISION_NOTE_MAX_LENGTH);
        note.setId("extension-note");
        Button approve = new Button(getTranslation("itemProgress.extension.approve"), e -> decide(updateId, version, true,
                note.getValue()));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.setId("extension-approve");
        Button reject = new Button(getTranslation("itemProgress.extension.reject"), e -> decide(updateId, version, false,
                note.getValue()));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("extension-reject");
        HorizontalLayout controls = new HorizontalLayout(note, approve, reject);
        controls.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return controls;
    }

    private void decide(long updateId, int version, boolean approve, String note) {
        try {
            progressService.decideExtension(updateId, version, approve, note);
            Notifications.showSuccess(getTranslation(approve ? "itemProgress.extension.approved" : "itemProgress.extension.rejected"));
            onChanged.run();
        } catch (BusinessRuleException | OptimisticLockingFailureException e) {
            Notifications.showError(e);
        }
    }
}
