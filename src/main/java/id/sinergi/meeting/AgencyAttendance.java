package id.sinergi.meeting;

/** How many people of one agency (or guest organisation) were on a meeting's attendance list, by presence. */
public record AgencyAttendance(String agency, int present, int represented, int excused, int absent) {

    public int total() {
        return present + represented + excused + absent;
    }

    AgencyAttendance plus(Presence presence) {
        return new AgencyAttendance(agency, present + (presence == Presence.PRESENT ? 1 : 0),
                represented + (presence == Presence.REPRESENTED ? 1 : 0),
                excused + (presence == Presence.EXCUSED ? 1 : 0), absent + (presence == Presence.ABSENT ? 1 : 0));
    }
}
