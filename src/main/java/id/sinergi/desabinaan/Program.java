package id.sinergi.desabinaan;

/** The program a village is fostered under. */
public enum Program {
    DESA_BINAAN_IMIGRASI, DESA_MIGRAN_EMAS, OTHER;

    /** Only the Imigrasi program demands an immigration office (Kanim or Rudenim) as fostering office. */
    public boolean needsImmigrationOffice() {
        return this == DESA_BINAAN_IMIGRASI;
    }

    public String messageKey() {
        return "desabinaan.program." + name();
    }
}
