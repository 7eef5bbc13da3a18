package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.sinergi.base.ui.Notifications;
import id.sinergi.desabinaan.VillageActivity;
import id.sinergi.desabinaan.VillageActivityService;

/** Log or edit one village activity. */
class ActivityDialog extends Dialog {

    final ActivityForm form;
    final Button save = new Button();

    ActivityDialog(VillageActivity activity, VillageActivityService service, Runnable onSaved) {
        form = new ActivityForm(activity);
        setHeaderTitle(getTranslation(activity.isNew() ? "villageActivity.new" : "villageActivity.edit"));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("activity-save");
        save.addClickListener(e -> {
            if (form.writeTo(activity) && Saving.attempt(form::showError, () -> service.save(activity))) {
                Notifications.showSuccess(getTranslation("villageActivity.saved"));
                onSaved.run();
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(44em, 100vw)");
    }
}
