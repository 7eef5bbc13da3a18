package id.sinergi.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.ConfirmDeletion;
import id.sinergi.base.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Small helpers the meeting sections share: icon buttons, a confirmed removal, a service call with its message. */
final class Actions {

    private Actions() {
    }

    /** Runs a service call; a refusal (rule, conflict, permission) is shown to the user. True when it succeeded. */
    static boolean run(Runnable serviceCall) {
        try {
            serviceCall.run();
            return true;
        } catch (BusinessRuleException | OptimisticLockingFailureException | AccessDeniedException e) {
            Notifications.showError(e);
            return false;
        }
    }

    static Button icon(VaadinIcon icon, String label, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setId(id);
        return button;
    }

    /** Asks first; then runs the removal and, when the service accepted it, {@code onRemoved}. */
    static void remove(String header, String text, Runnable serviceCall, Runnable onRemoved) {
        ConfirmDeletion.ask("confirm-removal", header, text, () -> {
            if (run(serviceCall)) {
                onRemoved.run();
            }
        });
    }

}
