package id.sinergi.agency;

/** Class of a Kanim (Kantor Imigrasi); TPI offices serve an immigration checkpoint (Tempat Pemeriksaan Imigrasi). */
public enum OfficeClass {
    KELAS_I_KHUSUS_TPI, KELAS_I_TPI, KELAS_I_NON_TPI, KELAS_II_TPI, KELAS_II_NON_TPI, KELAS_III;

    public String messageKey() {
        return "office.class." + name();
    }
}
