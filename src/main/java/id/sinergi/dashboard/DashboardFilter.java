package id.sinergi.dashboard;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the dashboard shows: action items due within the period (inclusive) and meetings held in it, optionally only in
 * one province (the Kanwil's area; code "36" = Banten). An item belongs to the province of its region, or of its
 * responsible agency when it has none; a meeting to its organizer's; a Desa Binaan to its village's.
 */
public record DashboardFilter(LocalDate from, LocalDate to, String provinceCode) {

    public DashboardFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        provinceCode = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
    }

    /** The calendar year of the given day, all provinces: what the dashboard opens with. */
    public static DashboardFilter yearOf(LocalDate day) {
        return new DashboardFilter(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()), null);
    }

    public DashboardFilter withProvince(String code) {
        return new DashboardFilter(from, to, code);
    }

    public DashboardFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilter(newFrom, newTo, provinceCode);
    }
}
