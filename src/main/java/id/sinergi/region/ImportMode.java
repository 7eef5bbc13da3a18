package id.sinergi.region;

/** How an import treats the regions that are not in the file. */
public enum ImportMode {
    /** The file is a complete edition: codes missing from it are marked retired (never deleted). */
    FULL_EDITION,
    /** The file adds and renames regions; nothing is retired. A parent may already be in the database. */
    ADDITIONS;

    public String messageKey() {
        return "region.import.mode." + name();
    }
}
