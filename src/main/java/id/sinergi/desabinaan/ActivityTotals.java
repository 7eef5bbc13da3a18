package id.sinergi.desabinaan;

/** Activities in a quarter of one office or one Kanwil: how many, participants, early-warning reports. */
public record ActivityTotals(Long agencyId, String agencyName, long activities, long participantsMale,
                             long participantsFemale, long earlyWarnings) {

    public long participants() {
        return participantsMale + participantsFemale;
    }
}
