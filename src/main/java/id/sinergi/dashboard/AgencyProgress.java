package id.sinergi.dashboard;

import java.util.Comparator;

/** One responsible agency's action items by status. */
public record AgencyProgress(long agencyId, String abbreviation, String name, StatusCounts counts) {

    /**
     * Worst first: the most overdue items, then the smallest share done, then the most not started, then by name.
     */
    public static final Comparator<AgencyProgress> WORST_FIRST = Comparator
            .comparingLong((AgencyProgress a) -> a.counts().overdue()).reversed()
            .thenComparingInt(a -> a.counts().percentDone())
            .thenComparing(Comparator.comparingLong((AgencyProgress a) -> a.counts().notStarted()).reversed())
            .thenComparing(AgencyProgress::abbreviation);
}
