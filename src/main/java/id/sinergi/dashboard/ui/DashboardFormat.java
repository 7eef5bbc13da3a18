package id.sinergi.dashboard.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, dates and months in the reader's language: "1.234", "22 Juli 2025", "Jul 2025". */
final class DashboardFormat {

    private DashboardFormat() {
    }

    static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String percent(int percent, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    static String dateTime(LocalDateTime dateTime, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH.mm", locale).format(dateTime);
    }

    static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    /**
     * A grid cell with a link, drawn in the browser from two row properties (the text is escaped there): a short list
     * keeps no component per row on the server.
     */
    static <T> LitRenderer<T> link(ValueProvider<T, String> href, ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<a href=\"${item.href}\">${item.text}</a>").withProperty("href", href)
                .withProperty("text", text);
    }
}
