package id.sinergi.export;

import id.sinergi.base.i18n.Translations;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The reader's language for one export: translated texts, dates ("28 Oktober 2025") and numbers ("1.500"). */
final class ExportTexts {

    private final Translations translations;
    private final Locale locale;
    private final DateTimeFormatter longDate;

    ExportTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.localeOrDefault(locale);
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    String date(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    String number(BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    String[] all(String prefix, String... keys) {
        String[] texts = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            texts[i] = get(prefix + keys[i]);
        }
        return texts;
    }
}
