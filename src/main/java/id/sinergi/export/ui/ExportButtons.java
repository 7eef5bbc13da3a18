package id.sinergi.export.ui;

import com.vaadin.flow.component.button.Button;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.base.ui.UiExtensionPoint;
import id.sinergi.desabinaan.RosterFilter;
import java.util.function.Supplier;

/**
 * The export buttons other features drop into their views (inject this bean): each opens the export dialog, which runs
 * the export in the background with progress and cancel and offers the file when done. The filters are read when the
 * button is clicked, so a button follows the view's filter bar.
 */
@UiExtensionPoint
public interface ExportButtons {

    /** The action plan matrix of what the filter selects; a meeting's plan is {@code ActionItemFilter.ofMeeting(id)}. */
    Button actionPlan(Supplier<ActionItemFilter> filter);

    /** The progress report; the dialog starts from the list's period, agency, status and strategy. */
    Button progressReport(Supplier<ActionItemFilter> startingFrom);

    /** The Desa Binaan roster as filtered, for a quarter the user picks (the current one first). */
    Button roster(Supplier<RosterFilter> filter);
}
