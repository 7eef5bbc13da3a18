package id.sinergi.desabinaan;

import java.util.Locale;

/** What a user typed as a case-insensitive LIKE pattern, LIKE's own wildcards taken literally; null for nothing. */
final class Like {

    private Like() {
    }

    static String pattern(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return "%" + typed.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
