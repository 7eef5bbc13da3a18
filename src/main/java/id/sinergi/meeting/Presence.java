package id.sinergi.meeting;

/** Whether a person on the attendance list came: present, represented by someone, excused, or absent. */
public enum Presence {
    PRESENT, REPRESENTED, EXCUSED, ABSENT;

    public String messageKey() {
        return "meeting.presence." + name();
    }
}
