package id.sinergi.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Dates and times of meetings in the reader's language: "22 Jul 2025", "Selasa, 22 Juli 2025", "09.00". */
public final class MeetingFormat {

    /** The zones of Indonesia offered for a meeting's times: WIB, WITA, WIT. */
    public static final List<String> TIME_ZONES = List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

    private MeetingFormat() {
    }

    public static String shortDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Weekday and full month: "Selasa, 22 Juli 2025" / "Tuesday, 22 July 2025". */
    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(date);
    }

    public static String time(LocalTime time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** "22 Jul 2025 09.00". */
    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? "" : shortDate(dateTime.toLocalDate(), locale) + " " + time(dateTime.toLocalTime(), locale);
    }

    /** The message key of a zone's short name (WIB, WITA, WIT); other zones show their id. */
    public static String zoneKey(String zoneId) {
        return "meeting.zone." + zoneId;
    }
}
