package id.sinergi.action.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.sinergi.action.ActionItem;
import id.sinergi.action.EvidenceStore;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdateRequest;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;

/** The card in which the responsible agency (or a coordinator) reports progress on an open item. */
class ProgressPanel extends Div {

    private final ActionItem item;
    private final ProgressService progressService;
    private final Runnable onChanged;
    final ProgressForm form;
    final Button send = new Button();
    final Button reload = new Button();

    ProgressPanel(ActionItem item, ProgressService progressService, EvidenceStore evidenceStore, Runnable onChanged) {
        this.item = item;
        this.progressService = progressService;
        this.onChanged = onChanged;
        addClassName("sinergi-card");
        setId("progress-panel");
        form = new ProgressForm(item, evidenceStore.maxBytes(), file -> evidenceStore.precheck(file.toUpload()));
        send.setText(getTranslation("itemProgress.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("progress-send");
        send.addClickListener(e -> send());
        reload.setText(getTranslation("actionItems.reload"));
        reload.setVisible(false);
        reload.setId("progress-reload");
        reload.addClickListener(e -> onChanged.run());
        add(new H3(getTranslation("itemProgress.title")), form, new HorizontalLayout(send, reload));
    }

    private void send() {
        ProgressUpdateRequest request = form.toRequest(item);
        if (request == null) {
            return;
        }
        try {
            progressService.report(request);
        } catch (OptimisticLockingFailureException e) {
            Notifications.showError(e);
            reload.setVisible(true);
            return;
        } catch (BusinessRuleException e) {
            Notifications.showError(e);
            return;
        }
        form.discardFiles();
        Notifications.showSuccess(getTranslation("itemProgress.sent"));
        onChanged.run();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        form.discardFiles();
        super.onDetach(detachEvent);
    }
}
