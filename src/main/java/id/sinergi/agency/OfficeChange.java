package id.sinergi.agency;

import java.util.Set;

/**
 * An edit of an immigration office: kind, class (Kanim only), Kanwil (the parent agency; Kanim and Rudenim only) and
 * working area (region codes of regencies and cities). The versions are those the editor saw; {@code officeVersion}
 * is null when the agency had no office details yet.
 */
public record OfficeChange(long agencyId, int agencyVersion, Integer officeVersion, OfficeKind kind,
                           OfficeClass officeClass, Long kanwilId, Set<String> workingArea) {
}
