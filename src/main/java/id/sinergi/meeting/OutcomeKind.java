package id.sinergi.meeting;

/** What an outcome of a meeting is (Hasil Rapat): information given, a conclusion drawn, or a decision taken. */
public enum OutcomeKind {
    INFORMATION, CONCLUSION, DECISION;

    public String messageKey() {
        return "meeting.outcome.kind." + name();
    }
}
