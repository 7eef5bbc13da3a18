package id.sinergi.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the audit trail's change lines ("status: NOT_STARTED → IN_PROGRESS", "reason: Salah input") in the reader's
 * language: the field's name and known values translated, ISO dates as dates ("22 Juli 2025"), an empty value as a
 * dash. Each feature says where its field names and values are in the bundles; unknown ones are shown as written.
 */
public final class ChangeLines {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String NONE = "–";

    private final Function<String, String> translate;
    private final DateTimeFormatter dates;
    private final Function<String, String> fieldKey;
    private final BiFunction<String, String, List<String>> valueKeys;

    /**
     * @param translate a component's {@code getTranslation} (a missing key comes back starting with "!")
     * @param fieldKey  the message key of a field's name
     * @param valueKeys the message keys to try, in order, for a field's value
     */
    public ChangeLines(Function<String, String> translate, Locale locale, Function<String, String> fieldKey,
                       BiFunction<String, String, List<String>> valueKeys) {
        this.translate = translate;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.fieldKey = fieldKey;
        this.valueKeys = valueKeys;
    }

    /** Every line of an event's details, read; none for an event without details. */
    public List<String> of(String details) {
        return details == null || details.isBlank() ? List.of()
                : Arrays.stream(details.split("\n")).map(this::line).toList();
    }

    /** One line: "field: old → new" or "field: value"; a line of another shape is shown as it is. */
    public String line(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return line;
        }
        String field = line.substring(0, colon);
        String label = translated(fieldKey.apply(field), field);
        int arrow = line.indexOf(" → ", colon);
        if (arrow < 0) {
            return label + ": " + value(field, line.substring(colon + 2));
        }
        return label + ": " + value(field, line.substring(colon + 2, arrow)) + " → "
                + value(field, line.substring(arrow + 3));
    }

    private String value(String field, String raw) {
        if (raw.isEmpty() || "null".equals(raw)) {
            return NONE;
        }
        if (ISO_DATE.matcher(raw).matches()) {
            return dates.format(LocalDate.parse(raw));
        }
        for (String key : valueKeys.apply(field, raw)) {
            String text = translate.apply(key);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return raw;
    }

    private String translated(String key, String fallback) {
        String text = translate.apply(key);
        return text.startsWith("!") ? fallback : text;
    }
}
