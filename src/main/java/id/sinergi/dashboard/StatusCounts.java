package id.sinergi.dashboard;

/**
 * Action items by where they stand, each item in exactly one group: done, in progress (on time), not started (on time),
 * overdue (open and its due date passed). Cancelled items are counted apart and in none of these.
 */
public record StatusCounts(long done, long inProgress, long notStarted, long overdue, long cancelled) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

    /** Items that count: all but the cancelled ones. */
    public long total() {
        return done + inProgress + notStarted + overdue;
    }

    public long open() {
        return inProgress + notStarted + overdue;
    }

    /** Done as a share of the items that count, 0 to 100 (rounded down); 0 when there are none. */
    public int percentDone() {
        return total() == 0 ? 0 : (int) (done * 100 / total());
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(done + other.done, inProgress + other.inProgress, notStarted + other.notStarted,
                overdue + other.overdue, cancelled + other.cancelled);
    }
}
