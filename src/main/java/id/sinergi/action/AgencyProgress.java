package id.sinergi.action;

/** How far one responsible agency's items have come: counts per status and the overdue ones among the open. */
public record AgencyProgress(long agencyId, String abbreviation, String name, long total, long done, long inProgress,
                             long notStarted, long cancelled, long overdue) {

    /** Done among the items still meant to be done (cancelled ones left out), 0 when there are none. */
    public double doneShare() {
        long planned = total - cancelled;
        return planned == 0 ? 0 : (double) done / planned;
    }
}
