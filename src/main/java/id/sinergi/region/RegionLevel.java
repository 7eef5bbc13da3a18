package id.sinergi.region;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Level of a region, read from the shape of its Kemendagri code. */
public enum RegionLevel {
    PROVINCE, REGENCY, CITY, DISTRICT, KELURAHAN, DESA, DESA_ADAT;

    /** Village level: kelurahan, desa and desa adat. */
    public static final Set<RegionLevel> VILLAGES = Collections.unmodifiableSet(EnumSet.of(KELURAHAN, DESA, DESA_ADAT));
    /** Second level: kabupaten and kota. */
    public static final Set<RegionLevel> REGENCIES = Collections.unmodifiableSet(EnumSet.of(REGENCY, CITY));

    /** The level a well-formed code has, or null when the code is not of any known shape. */
    public static RegionLevel ofCode(String code) {
        if (code == null) {
            return null;
        }
        if (code.matches("\\d{2}")) {
            return PROVINCE;
        }
        if (code.matches("\\d{2}\\.\\d{2}")) {
            int number = Integer.parseInt(code.substring(3));
            return number >= 71 ? CITY : REGENCY;
        }
        if (code.matches("\\d{2}\\.\\d{2}\\.\\d{2}")) {
            return DISTRICT;
        }
        if (code.matches("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}")) {
            return switch (code.charAt(9)) {
                case '1' -> KELURAHAN;
                case '2' -> DESA;
                case '3' -> DESA_ADAT;
                default -> null;
            };
        }
        return null;
    }

    /** The code of the parent region, or null for a province. */
    public static String parentCode(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    public boolean isVillage() {
        return this == KELURAHAN || this == DESA || this == DESA_ADAT;
    }

    public String messageKey() {
        return "region.level." + name();
    }
}
