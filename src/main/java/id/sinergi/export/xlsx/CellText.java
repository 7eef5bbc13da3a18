package id.sinergi.export.xlsx;

import java.io.IOException;
import java.io.Writer;

/**
 * Text as sheet XML may hold it: markup characters escaped, characters XML 1.0 forbids (most control characters, lone
 * surrogates) replaced by U+FFFD, a literal "_x0041_" kept literal (Excel would decode it), and text longer than a
 * cell holds (32,767 characters) cut with a marker saying so.
 */
public final class CellText {

    /** Excel's limit of characters in one cell. */
    public static final int MAX_LENGTH = 32_767;
    private static final char REPLACEMENT = '\uFFFD';

    private CellText() {
    }

    /** The text cut to fit one cell, ending in {@code marker} when it was cut; never splits a surrogate pair. */
    public static String fit(String text, String marker) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - marker.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + marker;
    }

    static void write(Writer out, String text) throws IOException {
        int length = text.length();
        int i = 0;
        while (i < length && plain(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            out.write(text);
            return;
        }
        out.write(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (plain(c)) {
                out.write(c);
            } else {
                i = special(out, text, i, c);
            }
        }
    }

    /** Characters written as they are: printable, not markup, not the start of an Excel escape, not a surrogate. */
    private static boolean plain(char c) {
        return c >= 0x20 ? c != '<' && c != '>' && c != '&' && c != '"' && c != '_' && c < 0xD800
                : c == '\n' || c == '\t';
    }

    private static int special(Writer out, String text, int i, char c) throws IOException {
        switch (c) {
            case '<' -> out.write("&lt;");
            case '>' -> out.write("&gt;");
            case '&' -> out.write("&amp;");
            case '"' -> out.write("&quot;");
            case '\r' -> out.write("&#13;");
            case '_' -> out.write(excelEscapeAt(text, i) ? "_x005F_" : "_");
            default -> {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.write(c);
                    out.write(text.charAt(i + 1));
                    return i + 1;
                }
                boolean legal = c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
                out.write(legal ? c : REPLACEMENT);
            }
        }
        return i;
    }

    /** "_xHHHH_" is how sheet XML escapes a character; such text typed by a user must stay as typed. */
    private static boolean excelEscapeAt(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text needs xml:space="preserve" to keep its leading or trailing blanks. */
    static boolean needsPreserve(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }
}
