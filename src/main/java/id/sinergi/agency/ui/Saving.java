package id.sinergi.agency.ui;

import id.sinergi.agency.AgencyInUseException;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.FieldRuleException;
import id.sinergi.base.ui.Notifications;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Calls a service for a dialog and shows any refusal where the user looks for it. */
final class Saving {

    private Saving() {
    }

    /**
     * Runs the call. A rule broken in one field is shown next to that field; other refusals (conflict, access, rule)
     * as a notification in the user's language. True when the call went through.
     */
    static boolean attempt(FieldErrors form, Runnable call) {
        try {
            call.run();
            return true;
        } catch (FieldRuleException e) {
            if (!form.showError(e.field(), Notifications.message(e))) {
                Notifications.showError(e);
            }
        } catch (AgencyInUseException e) {
            Notifications.showError(new BusinessRuleException("agency.error.inUseBecause", e.abbreviation(),
                    AgencyTexts.uses(e.uses())));
        } catch (BusinessRuleException | OptimisticLockingFailureException | AccessDeniedException e) {
            Notifications.showError(e);
        }
        return false;
    }
}
