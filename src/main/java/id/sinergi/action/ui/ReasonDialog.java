package id.sinergi.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import id.sinergi.action.ActionItem;

/** Asks a coordinator why an item is marked done or cancelled; the service decides whether a reason is required. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReasonDialog(String titleKey, String confirmKey, boolean required) {
        setHeaderTitle(getTranslation(titleKey));
        reason.setLabel(getTranslation(required ? "actionItems.reason.required" : "actionItems.reason.optional"));
        reason.setMaxLength(ActionItem.REASON_MAX_LENGTH);
        reason.setRequired(required);
        reason.setWidthFull();
        reason.setId("reason-text");
        add(reason);
        confirm.setText(getTranslation(confirmKey));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("reason-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        setWidth("min(32em, 100vw)");
    }
}
