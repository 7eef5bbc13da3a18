package id.sinergi.agency;

/** Kind of immigration office: regional office (Kanwil), immigration office (Kanim), detention house (Rudenim). */
public enum OfficeKind {
    KANWIL, KANIM, RUDENIM;

    /** Kanim and Rudenim belong to exactly one Kanwil; a Kanwil belongs to none. */
    public boolean belongsToKanwil() {
        return this != KANWIL;
    }

    public String messageKey() {
        return "office.kind." + name();
    }
}
