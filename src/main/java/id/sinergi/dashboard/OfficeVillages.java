package id.sinergi.dashboard;

/**
 * One immigration office's Desa Binaan: its active villages, and the activities and participants in them this quarter
 * and the quarter before. Its Kanwil is the office's parent agency (null for an office without one); both by abbreviation.
 */
public record OfficeVillages(Long kanwilId, String kanwilAbbreviation, long officeId, String officeAbbreviation, long villages,
                             long activitiesThisQuarter, long participantsThisQuarter, long activitiesLastQuarter) {

    /** An office that fosters villages but logged no activity this quarter: the dashboard makes it stand out. */
    public boolean inactiveThisQuarter() {
        return villages > 0 && activitiesThisQuarter == 0;
    }
}
