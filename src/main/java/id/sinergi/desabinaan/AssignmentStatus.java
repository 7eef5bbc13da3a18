package id.sinergi.desabinaan;

/** Proposed (no decree yet), active, or ended (kept as history). */
public enum AssignmentStatus {
    PROPOSED, ACTIVE, ENDED;

    public boolean isOpen() {
        return this != ENDED;
    }

    public String messageKey() {
        return "desabinaan.status." + name();
    }
}
