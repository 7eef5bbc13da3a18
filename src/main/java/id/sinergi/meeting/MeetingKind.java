package id.sinergi.meeting;

/** Kind of coordination meeting (DESIGN.md, Meeting). */
public enum MeetingKind {
    RAKOR_LINTAS_SEKTORAL, GUGUS_TUGAS_TPPO, TIMPORA, OTHER;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
