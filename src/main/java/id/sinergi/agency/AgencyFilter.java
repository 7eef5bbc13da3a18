package id.sinergi.agency;

/**
 * What the agency list shows: text in name or abbreviation, one category, one region (and everything inside it),
 * only agencies active today.
 */
public record AgencyFilter(String text, AgencyCategory category, String regionCode, boolean activeOnly) {

    public static AgencyFilter all() {
        return new AgencyFilter(null, null, null, false);
    }
}
