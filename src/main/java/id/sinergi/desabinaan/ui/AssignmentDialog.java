package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import id.sinergi.agency.Agency;
import id.sinergi.agency.OfficerService;
import id.sinergi.base.ui.Notifications;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.OutsideWorkingAreaException;
import id.sinergi.region.RegionService;
import java.util.List;

/**
 * Create or edit one assignment. A village outside the office's working area is not refused: the user is asked to
 * confirm and the save is repeated with that consent.
 */
class AssignmentDialog extends Dialog {

    private final DesaBinaan assignment;
    private final DesaBinaanService service;
    private final Runnable onSaved;
    final AssignmentForm form;
    final Button save = new Button();
    ConfirmDialog outsideArea;

    AssignmentDialog(DesaBinaan assignment, DesaBinaanService service, List<Agency> offices,
                     RegionService regionService, OfficerService officerService, Runnable onSaved) {
        this.assignment = assignment;
        this.service = service;
        this.onSaved = onSaved;
        this.form = new AssignmentForm(assignment, offices, regionService, officerService);
        setHeaderTitle(getTranslation(assignment.isNew() ? "desabinaan.new" : "desabinaan.edit"));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("assignment-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(48em, 100vw)");
    }

    private void save() {
        if (form.writeTo(assignment)) {
            attempt(false);
        }
    }

    private void attempt(boolean outsideAreaConfirmed) {
        try {
            if (Saving.attempt(form::showError, () -> service.save(assignment, outsideAreaConfirmed))) {
                Notifications.showSuccess(getTranslation("desabinaan.saved"));
                onSaved.run();
                close();
            }
        } catch (OutsideWorkingAreaException warning) {
            outsideArea = new ConfirmDialog();
            outsideArea.setHeader(getTranslation("desabinaan.warning.title"));
            outsideArea.setText(Notifications.message(warning));
            outsideArea.setCancelable(true);
            outsideArea.setCancelText(getTranslation("action.cancel"));
            outsideArea.setConfirmText(getTranslation("desabinaan.warning.confirm"));
            outsideArea.addConfirmListener(e -> attempt(true));
            outsideArea.open();
        }
    }
}
