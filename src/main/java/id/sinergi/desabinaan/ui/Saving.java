package id.sinergi.desabinaan.ui;

import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.desabinaan.OutsideWorkingAreaException;
import java.util.function.BiPredicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Calls a service for a dialog: a refusal of one field shows next to it, any other as a notification. */
final class Saving {

    private Saving() {
    }

    /** True when the call went through; an outside-the-working-area warning is left to the caller. {@code markField} marks a field and says whether the form had it. */
    static boolean attempt(BiPredicate<String, String> markField, Runnable call) {
        try {
            call.run();
            return true;
        } catch (OutsideWorkingAreaException warning) {
            throw warning;
        } catch (FieldRuleException e) {
            if (!markField.test(e.field(), Notifications.message(e))) {
                Notifications.showError(e);
            }
        } catch (BusinessRuleException | OptimisticLockingFailureException | AccessDeniedException e) {
            Notifications.showError(e);
        }
        return false;
    }
}
