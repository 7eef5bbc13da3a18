package id.sinergi.export;

import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.NationalStrategy;
import java.time.LocalDate;

/**
 * What a progress report covers: items due in a period (both ends optional, inclusive), optionally of one responsible
 * agency, one status, one strategy, or one Kanwil (the Kanwil and its offices).
 */
public record ProgressReportFilter(LocalDate from, LocalDate to, Long agencyId, ActionItemStatus status,
                                   NationalStrategy strategy, Long kanwilId) {

    public static final ProgressReportFilter ALL = new ProgressReportFilter(null, null, null, null, null, null);

    /** The report for what the items list shows: its period, agency, status and strategy. */
    public static ProgressReportFilter of(ActionItemFilter filter) {
        return new ProgressReportFilter(filter.dueFrom(), filter.dueTo(), filter.responsibleAgencyId(), filter.status(),
                filter.strategy(), null);
    }

    ActionItemFilter items() {
        return new ActionItemFilter(agencyId, null, status, false, strategy, from, to, null, null, null);
    }

    ActionItemFilter overdueItems() {
        return new ActionItemFilter(agencyId, null, status, true, strategy, from, to, null, null, null);
    }
}
