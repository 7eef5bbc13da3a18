package id.sinergi.desabinaan;

/** One assignment's village activities in a quarter: how many, and their participants (male, female). */
public record AssignmentActivity(long assignmentId, long activities, long participantsMale, long participantsFemale) {

    public static AssignmentActivity none(long assignmentId) {
        return new AssignmentActivity(assignmentId, 0, 0, 0);
    }

    public long participants() {
        return participantsMale + participantsFemale;
    }
}
