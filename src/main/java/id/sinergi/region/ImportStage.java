package id.sinergi.region;

/** The steps of an import, for progress reports. */
public enum ImportStage {
    READING, CHECKING, SAVING;

    public String messageKey() {
        return "region.import.stage." + name();
    }
}
