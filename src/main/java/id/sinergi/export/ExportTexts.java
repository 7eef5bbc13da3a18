package id.sinergi.export;

import id.sinergi.base.i18n.Translations;
import id.sinergi.export.xlsx.SheetWriter;
import id.sinergi.export.xlsx.Style;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The reader's language for one export (one thread, not shared): translated texts, dates ("28 Oktober 2025") and numbers ("1.500"). */
final class ExportTexts {

    private final Translations translations;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final NumberFormat numbers;

    ExportTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.localeOrDefault(locale);
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale);
        this.numbers = NumberFormat.getNumberInstance(this.locale);
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
        return value == null ? "" : numbers.format(value);
    }

    /** A table's header row: bold, shaded, wrapped, one cell per column key under the prefix. */
    void headers(SheetWriter sheet, String prefix, String... columns) {
        sheet.row(30);
        for (String column : columns) {
            sheet.text(get(prefix + column), Style.HEADER);
        }
    }
}
