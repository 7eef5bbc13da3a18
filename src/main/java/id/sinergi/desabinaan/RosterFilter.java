package id.sinergi.desabinaan;

/**
 * What the roster shows: each criterion null means "any". {@code kanwilId} is the parent agency of the fostering
 * office (the Kanwil of a Kanim or Rudenim); {@code regencyCode} a regency or city code such as "36.04".
 */
public record RosterFilter(Long kanwilId, Long officeId, Program program, AssignmentStatus status, String regencyCode,
                           RiskLevel riskLevel, String text) {

    public static RosterFilter all() {
        return new RosterFilter(null, null, null, null, null, null, null);
    }
}
