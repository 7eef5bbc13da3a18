package id.sinergi.base;

/**
 * A prefix as a range of an index: every text that starts with the prefix lies in {@code [from, below)}. Databases use
 * a B-tree index for such a range under any collation, while {@code like 'prefix%'} uses it only under the "C"
 * collation (PostgreSQL; not even "C.UTF-8") or with special operator classes. A range is given only for prefixes of the
 * letters a-z, digits and dots (words, region codes), whose order is the same in binary, "C" and the usual language
 * collations (digits before letters, letters alphabetically, dots ignored or first); callers keep the {@code like} as
 * the exact test, as the range may hold a few other texts.
 *
 * @param from  the prefix itself
 * @param below the least text above every text with the prefix, or null when there is none ("zz")
 */
public record WordPrefix(String from, String below) {

    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    /** The range of texts starting with {@code prefix}, or null for a prefix with other characters. */
    public static WordPrefix of(String prefix) {
        if (prefix == null || prefix.isEmpty()
                || !prefix.chars().allMatch(c -> c == '.' || ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        StringBuilder bound = new StringBuilder(prefix);
        while (!bound.isEmpty()) {
            int last = bound.length() - 1;
            int position = ALPHABET.indexOf(bound.charAt(last));
            if (position >= 0 && position < ALPHABET.length() - 1) {
                bound.setCharAt(last, ALPHABET.charAt(position + 1));
                return new WordPrefix(prefix, bound.toString());
            }
            bound.setLength(last); // a dot or the last letter: carry to the character before
        }
        return new WordPrefix(prefix, null);
    }

    /**
     * Whether the range holds the texts with the prefix and no others, for texts of letters and digits compared by code
     * point (H2, PostgreSQL's "C" and "C.UTF-8"): true unless the bound carried ("kaz" to "kb" would also hold "kaé").
     * Then the like is not needed, and PostgreSQL estimates the range far better than the two together.
     */
    public boolean exact() {
        return below != null && below.length() == from.length();
    }

    /** The text with the like wildcards {@code % _ \} escaped by a backslash. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
