package id.sinergi.export;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** File names that say what and when: {@code matriks-rencana-aksi_rakor-banten_2025-10-28.xlsx}. */
final class FileNames {

    private static final int MAX_SUBJECT = 40;

    private FileNames() {
    }

    static String of(String what, String subject, LocalDate when) {
        String slug = slug(subject);
        return slug(what) + (slug.isEmpty() ? "" : "_" + slug) + "_" + when + ".xlsx";
    }

    /** Lower-case ASCII words joined by hyphens: accents dropped, anything else a separator, cut at a word. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SUBJECT) {
            int cut = slug.lastIndexOf('-', MAX_SUBJECT);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SUBJECT);
        }
        return slug;
    }
}
