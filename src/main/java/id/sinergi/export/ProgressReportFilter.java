package id.sinergi.export;

import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.NationalStrategy;
import java.time.LocalDate;

/**
 * What a progress report covers: items due in a period (both ends optional, inclusive), optionally of one responsible
 * agency, one status, one strategy, one Kanwil (the Kanwil and its offices) or one region (as the items list's region
 * filter: the region and everything inside it, e.g. a province chosen on the dashboard).
 */
public record ProgressReportFilter(LocalDate from, LocalDate to, Long agencyId, ActionItemStatus status,
                                   NationalStrategy strategy, Long kanwilId, String regionCode) {

    public static final ProgressReportFilter ALL = new ProgressReportFilter(null, null, null, null, null, null, null);

    /** The report for what the items list shows: its period, agency, status, strategy and region. */
    public static ProgressReportFilter of(ActionItemFilter filter) {
        return new ProgressReportFilter(filter.dueFrom(), filter.dueTo(), filter.responsibleAgencyId(), filter.status(),
                filter.strategy(), null, filter.regionCode());
    }

    ActionItemFilter items() {
        return new ActionItemFilter(agencyId, null, status, false, strategy, from, to, null, regionCode, null);
    }
}
