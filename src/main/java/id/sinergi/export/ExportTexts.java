package id.sinergi.export;

import id.sinergi.base.i18n.Translations;
import id.sinergi.export.xlsx.SheetWriter;
import id.sinergi.export.xlsx.Style;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The reader's language for one export (one thread, not shared): translated texts, dates ("28 Oktober 2025") and numbers ("1.500"). */
final class ExportTexts {

    /** At most this many remembered texts, so that a column of all-different values does not fill the heap. */
    private static final int REMEMBERED_MAX = 1000;

    private final Translations translations;
    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final NumberFormat numbers;
    private final Map<String, MessageFormat> formats = new HashMap<>();
    /** Texts rows ask for again and again (a status, "… (terlambat)", a target amount), made once per export. */
    private final Map<Object, String> remembered = new HashMap<>();

    ExportTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = Translations.localeOrDefault(locale);
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", this.locale);
        this.numbers = NumberFormat.getNumberInstance(this.locale);
    }

    Locale locale() {
        return locale;
    }

    /** The text of a key; with arguments through a {@link MessageFormat} made once per key (rows ask per row). */
    String get(String key, Object... args) {
        if (args.length == 0) {
            return translations.getTranslation(key, locale);
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(translations.getTranslation(k, locale), locale))
                .format(args);
    }

    /** The translated name of a constant (status, strategy), looked up once per export. */
    <E extends Enum<E>> String label(E constant, Function<E, String> messageKey) {
        return constant == null ? null : remembered.computeIfAbsent(constant, c -> get(messageKey.apply(constant)));
    }

    /** A key with one argument that repeats across rows (a status label), formatted once per argument. */
    String withArgument(String key, String argument) {
        if (remembered.size() >= REMEMBERED_MAX) {
            return get(key, argument);
        }
        return remembered.computeIfAbsent(List.of(key, argument), k -> get(key, argument));
    }

    String date(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    /** A number as the reader writes it ("1.500"); the few distinct amounts of a table are formatted once. */
    String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (remembered.size() >= REMEMBERED_MAX) {
            return numbers.format(value);
        }
        return remembered.computeIfAbsent(value, v -> numbers.format(value));
    }

    /** A table's header row: bold, shaded, wrapped, one cell per column key under the prefix. */
    void headers(SheetWriter sheet, String prefix, String... columns) {
        sheet.row(30);
        for (String column : columns) {
            sheet.text(get(prefix + column), Style.HEADER);
        }
    }
}
