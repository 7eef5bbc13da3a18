package id.sinergi.dashboard.ui;

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
}
