package id.sinergi.dashboard;

import java.time.YearMonth;

/** One month of the trend: action items due in it (not cancelled) and items marked done in it. */
public record MonthTrend(YearMonth month, long due, long done) {
}
