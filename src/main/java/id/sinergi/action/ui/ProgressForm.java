package id.sinergi.action.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.EvidenceInspector;
import id.sinergi.action.EvidenceType;
import id.sinergi.action.ProgressUpdate;
import id.sinergi.action.ProgressUpdateRequest;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A progress report: status, % done, narrative, evidence files and optionally an extension request. Only these fields
 * exist here, matching {@link ProgressUpdateRequest}: a liaison has no way to touch a coordinator field.
 */
class ProgressForm extends Composite<FormLayout> {

    final Select<ActionItemStatus> status = new Select<>();
    final IntegerField progress = new IntegerField();
    final TextArea narrative = new TextArea();
    final Upload upload;
    final Div pendingFiles = new Div();
    final Checkbox extension = new Checkbox();
    final DatePicker extensionDueDate = new DatePicker();
    final TextArea extensionReason = new TextArea();
    private final Binder<ProgressDraft> binder = new Binder<>(ProgressDraft.class);
    private final List<PendingEvidence> pending = new ArrayList<>();
    private final ProgressDraft draft;
    private final Consumer<PendingEvidence> precheck;

    ProgressForm(ActionItem item, long maxBytes, Consumer<PendingEvidence> precheck) {
        this.precheck = precheck;
        draft = new ProgressDraft(item.getStatus(), item.getProgress());
        status.setLabel(getTranslation("itemProgress.status"));
        status.setItems(ActionItemStatus.REPORTABLE);
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setId("progress-status");
        progress.setLabel(getTranslation("itemProgress.percent"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStep(5);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new Span("%"));
        progress.setId("progress-percent");
        narrative.setLabel(getTranslation("itemProgress.narrative"));
        narrative.setMaxLength(ProgressUpdate.NARRATIVE_MAX_LENGTH);
        narrative.setHelperText(getTranslation("itemProgress.narrative.help"));
        narrative.setId("progress-narrative");

        upload = new Upload(new EvidenceUploadHandler(maxBytes, this::received));
        upload.setMaxFiles(EvidenceInspector.MAX_FILES_PER_UPDATE);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(EvidenceType.acceptedExtensions().toArray(String[]::new));
        upload.setI18n(UploadTexts.of(this, maxBytes));
        upload.setId("progress-upload");
        pendingFiles.setId("progress-files");

        extension.setLabel(getTranslation("itemProgress.extension"));
        extension.setId("progress-extension");
        extensionDueDate.setLabel(getTranslation("itemProgress.extension.date"));
        extensionDueDate.setMin(item.getDueDate().plusDays(1));
        extensionDueDate.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("actionItem.error.extensionNotLater")));
        extensionDueDate.setId("progress-extension-date");
        extensionReason.setLabel(getTranslation("itemProgress.extension.reason"));
        extensionReason.setMaxLength(ProgressUpdate.EXTENSION_REASON_MAX_LENGTH);
        extensionReason.setId("progress-extension-reason");
        extension.addValueChangeListener(e -> showExtension(e.getValue()));
        showExtension(false);

        binder.forField(status).asRequired(getTranslation("validation.required")).bind("status");
        binder.forField(progress).asRequired(getTranslation("validation.required"))
                .withValidator(p -> p >= 0 && p <= 100, getTranslation("actionItem.error.progressRange"))
                .withValidator(p -> status.getValue() != ActionItemStatus.DONE || p == 100,
                        getTranslation("actionItem.error.doneNeedsFull"))
                .bind("progress");
        binder.forField(narrative).asRequired(getTranslation("actionItem.error.narrativeRequired")).bind("narrative");
        binder.forField(extension).bind("extension");
        binder.forField(extensionDueDate)
                .withValidator(d -> !extension.getValue() || d != null, getTranslation("actionItem.error.extensionDateRequired"))
                .withValidator(d -> d == null || d.isAfter(item.getDueDate()),
                        getTranslation("actionItem.error.extensionNotLater"))
                .bind("extensionDueDate");
        binder.forField(extensionReason)
                .withValidator(r -> !extension.getValue() || (r != null && !r.isBlank()),
                        getTranslation("actionItem.error.extensionReasonRequired"))
                .bind("extensionReason");
        status.addValueChangeListener(e -> {
            if (e.getValue() == ActionItemStatus.DONE) {
                progress.setValue(100);
            }
        });
        binder.readBean(draft);

        FormLayout layout = getContent();
        layout.add(status, progress);
        layout.add(narrative, 2);
        layout.add(upload, 2);
        layout.add(pendingFiles, 2);
        layout.add(extension, 2);
        layout.add(extensionDueDate, extensionReason);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    }

    private void showExtension(boolean shown) {
        extensionDueDate.setVisible(shown);
        extensionReason.setVisible(shown);
    }

    /** A file arrived: checked at once (a bad one is dropped with a message), else listed until the report is sent. */
    void received(PendingEvidence file) {
        try {
            precheck.accept(file);
        } catch (BusinessRuleException e) {
            file.delete();
            Notifications.showError(e);
            return;
        }
        pending.add(file);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("itemProgress.file.remove", file.fileName()));
        Div row = new Div(VaadinIcon.PAPERCLIP.create(), new Span(file.fileName()), remove);
        row.addClassName("sinergi-pending-file");
        remove.addClickListener(e -> {
            pending.remove(file);
            file.delete();
            pendingFiles.remove(row);
        });
        pendingFiles.add(row);
    }

    /** The request, or null (with errors next to the fields) when the input is not valid. */
    ProgressUpdateRequest toRequest(ActionItem item) {
        if (!binder.writeBeanIfValid(draft)) {
            return null;
        }
        boolean extend = draft.isExtension();
        return new ProgressUpdateRequest(item.getId(), item.getVersion(), draft.getStatus(), draft.getProgress(),
                draft.getNarrative(), pending.stream().map(PendingEvidence::toUpload).toList(),
                extend ? draft.getExtensionDueDate() : null, extend ? draft.getExtensionReason() : null);
    }

    /** Deletes the temporary files of the uploads (after sending, or when the form goes away). */
    void discardFiles() {
        pending.forEach(PendingEvidence::delete);
        pending.clear();
        pendingFiles.removeAll();
        upload.clearFileList();
    }
}
