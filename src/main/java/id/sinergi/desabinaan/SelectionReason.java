package id.sinergi.desabinaan;

/** Why the village was chosen; details go in the reason note. */
public enum SelectionReason {
    HIGH_MIGRATION, BORDER_AREA, TPPO_CASES, OTHER;

    public String messageKey() {
        return "desabinaan.reason." + name();
    }
}
