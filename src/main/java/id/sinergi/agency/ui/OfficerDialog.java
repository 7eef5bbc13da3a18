package id.sinergi.agency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.sinergi.agency.Agency;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import id.sinergi.base.ui.Notifications;
import java.util.List;

/** Create or edit one officer. */
class OfficerDialog extends Dialog {

    private final Officer officer;
    private final OfficerService officerService;
    private final Runnable onSaved;
    final OfficerForm form;
    final Button save = new Button();

    OfficerDialog(Officer officer, OfficerService officerService, List<Agency> agencies, Runnable onSaved) {
        this.officer = officer;
        this.officerService = officerService;
        this.onSaved = onSaved;
        this.form = new OfficerForm(agencies, officer);
        setHeaderTitle(getTranslation(officer.isNew() ? "officers.new" : "officers.edit"));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("officer-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("officer-cancel");
        getFooter().add(cancel, save);
        setWidth("min(44em, 100vw)");
    }

    private void save() {
        if (form.writeTo(officer) && Saving.attempt(form, () -> officerService.save(officer))) {
            Notifications.showSuccess(getTranslation("officers.saved", officer.getName()));
            onSaved.run();
            close();
        }
    }
}
