package id.sinergi.action;

/** The orders in which reports stream items. */
public enum ItemOrder {
    /** Grouped by national strategy (in the plan's order of strategies), then by meeting and item number. */
    BY_STRATEGY,
    /** Soonest due first (for an overdue list: the latest first). */
    BY_DUE_DATE
}
