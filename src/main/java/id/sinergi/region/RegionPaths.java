package id.sinergi.region;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The derived texts stored with each region: the display path shown by the picker ("Pontang, Kab. Serang, Banten"),
 * the lower-case name for ranking and the lower-case search text (code and full names of the region and its parents).
 */
final class RegionPaths {

    static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,/()]+");
    private static final String KABUPATEN = "Kabupaten ";

    private RegionPaths() {
    }

    /** The name as shown in a path: "Kabupaten Serang" becomes "Kab. Serang"; "Kota Serang" stays. */
    static String shortName(String code, String name) {
        if (RegionLevel.ofCode(code) == RegionLevel.REGENCY && name.regionMatches(true, 0, KABUPATEN, 0, KABUPATEN.length())) {
            return "Kab. " + name.substring(KABUPATEN.length());
        }
        return name;
    }

    /** The region's name followed by its parents' names, nearest first; a parent without a name ends the path. */
    static String displayPath(String code, Function<String, String> names) {
        StringBuilder path = new StringBuilder();
        for (String current = code; current != null; current = RegionLevel.parentCode(current)) {
            String name = names.apply(current);
            if (name == null) {
                break;
            }
            if (!path.isEmpty()) {
                path.append(", ");
            }
            path.append(shortName(current, name));
        }
        return path.toString();
    }

    /** Code, then the full names of the region and its parents, lower case: what a search matches against. */
    static String searchText(String code, Function<String, String> names) {
        StringBuilder text = new StringBuilder(code);
        String separator = " ";
        for (String current = code; current != null; current = RegionLevel.parentCode(current)) {
            String name = names.apply(current);
            if (name == null) {
                break;
            }
            text.append(separator).append(name);
            separator = ", ";
        }
        return lower(text.toString());
    }

    /** The distinct lower-case words of a name, split at blanks, commas, slashes and brackets. */
    static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : WORD_SEPARATORS.split(lower(name))) {
            if (!word.isEmpty()) {
                words.add(word.length() > Region.NAME_MAX_LENGTH ? word.substring(0, Region.NAME_MAX_LENGTH) : word);
            }
        }
        return words;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
