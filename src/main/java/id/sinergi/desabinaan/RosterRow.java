package id.sinergi.desabinaan;

/**
 * One assignment as the roster shows it, with the names of its village, kecamatan and kabupaten and the number of
 * activities in the current quarter.
 */
public record RosterRow(DesaBinaan assignment, String villageName, String districtName, String regencyName,
                        long activitiesThisQuarter) {
}
