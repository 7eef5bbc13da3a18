package id.sinergi.agency;

import java.util.Locale;

/** Turns what a user typed into a case-insensitive LIKE pattern, with LIKE's own wildcards taken literally. */
final class SearchText {

    private SearchText() {
    }

    /** {@code %text%} in lower case, or null when nothing was typed (the query then matches everything). */
    static String likePattern(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String escaped = typed.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
