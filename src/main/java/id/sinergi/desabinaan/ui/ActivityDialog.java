package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.sinergi.base.ui.ConfirmDeletion;
import id.sinergi.base.ui.Notifications;
import id.sinergi.desabinaan.VillageActivity;
import id.sinergi.desabinaan.VillageActivityService;

/** Log or edit one village activity. */
class ActivityDialog extends Dialog {

    final ActivityForm form;
    final Button save = new Button();
    final Button remove = new Button();

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
        remove.setText(getTranslation("action.delete"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setId("activity-remove");
        remove.setVisible(!activity.isNew());
        remove.addClickListener(e -> confirmRemoval(activity, service, onSaved));
        getFooter().add(remove, new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(44em, 100vw)");
    }

    private void confirmRemoval(VillageActivity activity, VillageActivityService service, Runnable onRemoved) {
        ConfirmDeletion.ask("activity-remove-confirm", getTranslation("villageActivity.remove.header"),
                getTranslation("villageActivity.remove.text", activity.getTopic(), Texts.date(activity.getDate())), () -> {
                    if (Saving.attempt((field, message) -> false,
                            () -> service.remove(activity.getId(), activity.getVersion()))) {
                        Notifications.showSuccess(getTranslation("villageActivity.removed"));
                        onRemoved.run();
                        close();
                    }
                });
    }
}
