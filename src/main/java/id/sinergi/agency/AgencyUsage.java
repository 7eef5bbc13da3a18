package id.sinergi.agency;

/**
 * Something that refers to agencies (users, action items, attendance, Desa Binaan...). A feature implements it as a
 * Spring bean, and an agency it still uses cannot be deleted, only ended; the refusal names every use.
 */
public interface AgencyUsage {

    /** How many records of this kind refer to the agency. */
    long countUsesOf(long agencyId);

    /**
     * Message key of the use with the count as argument {0}, e.g. "dipakai oleh {0} pengguna" / "used by {0} users";
     * it is shown in the list after "cannot be deleted:".
     */
    String messageKey();
}
