package id.sinergi.agency;

/** What the officer list shows: matching text (name, NIP, position, agency), one agency, active officers only. */
public record OfficerFilter(String text, Long agencyId, boolean activeOnly) {

    public static OfficerFilter all() {
        return new OfficerFilter(null, null, false);
    }
}
