package id.sinergi.agency;

/**
 * Published in the saving transaction when an agency's region changed ({@code regionCode}, null for none): what lies
 * where the agency is (an action item without a region of its own) moves with it.
 */
public record AgencyMoved(long agencyId, String regionCode) {
}
