package id.sinergi.desabinaan;

/** Kind of village activity. */
public enum ActivityKind {
    SOSIALISASI_PENYULUHAN, VISIT, COORDINATION, EARLY_WARNING;

    public String messageKey() {
        return "villageActivity.kind." + name();
    }
}
