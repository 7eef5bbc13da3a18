package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Adds or edits one part of a meeting (agenda item, attendee, outcome) with its form. A refused save keeps the dialog
 * open with everything typed, so nothing is lost.
 */
class PartDialog<T> extends Dialog {

    final Button save = new Button();
    private final T part;
    private final Predicate<T> writeTo;
    private final Consumer<T> saveAction;
    private final Runnable onSaved;

    PartDialog(String title, Component form, T part, Predicate<T> writeTo, Consumer<T> saveAction, Runnable onSaved) {
        this.part = part;
        this.writeTo = writeTo;
        this.saveAction = saveAction;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("part-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("part-cancel");
        getFooter().add(cancel, save);
        setWidth("min(48em, 100vw)");
    }

    private void save() {
        if (!writeTo.test(part)) {
            return;
        }
        if (Actions.run(() -> saveAction.accept(part))) {
            onSaved.run();
            close();
        }
    }
}
