package id.sinergi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.sinergi.base.BusinessRuleException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.access.AccessDeniedException;

/** Short messages to the user, always in their language. */
public final class Notifications {

    private Notifications() {
    }

    public static void showSuccess(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void showError(Throwable error) {
        Notification notification = Notification.show(message(error), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The translated text for an error a service raised. */
    public static String message(Throwable error) {
        UI ui = UI.getCurrent();
        Throwable cause = unwrap(error);
        if (cause instanceof BusinessRuleException rule) {
            return ui.getTranslation(rule.messageKey(), rule.arguments());
        }
        return ui.getTranslation(keyFor(cause));
    }

    static String keyFor(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof BusinessRuleException rule) {
            return rule.messageKey();
        }
        if (cause instanceof AccessDeniedException) {
            return "error.accessDenied";
        }
        if (cause instanceof OptimisticLockingFailureException) {
            return "error.conflict";
        }
        if (isDatabaseOutage(cause)) {
            return "error.databaseUnavailable";
        }
        return "error.unexpected";
    }

    /** The database cannot be reached: the connection pool recovers by itself once it is back. */
    static boolean isDatabaseOutage(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof DataAccessResourceFailureException || current instanceof CannotCreateTransactionException
                    || current instanceof java.sql.SQLTransientConnectionException
                    || current instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current != null) {
            if (current instanceof BusinessRuleException || current instanceof AccessDeniedException
                    || current instanceof OptimisticLockingFailureException) {
                return current;
            }
            current = current.getCause();
        }
        return error;
    }
}
