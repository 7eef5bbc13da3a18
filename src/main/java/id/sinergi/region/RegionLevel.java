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
        if (code == null || !wellFormed(code)) {
            return null;
        }
        return switch (code.length()) {
            case 2 -> PROVINCE;
            case 5 -> Integer.parseInt(code.substring(3)) >= 71 ? CITY : REGENCY;
            case 8 -> DISTRICT;
            default -> switch (code.charAt(9)) {
                case '1' -> KELURAHAN;
                case '2' -> DESA;
                case '3' -> DESA_ADAT;
                default -> null;
            };
        };
    }

    /** NN, NN.NN, NN.NN.NN or NN.NN.NN.NNNN (digits only, no regex: called for every row of a 91,599-row import). */
    private static boolean wellFormed(String code) {
        int length = code.length();
        if (length != 2 && length != 5 && length != 8 && length != 13) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            boolean dot = i == 2 || i == 5 || i == 8;
            if (dot ? c != '.' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The code of the province a region lies in (its first two digits), or null for no region. */
    public static String provinceOf(String code) {
        return code == null || code.length() < 2 ? null : code.substring(0, 2);
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
