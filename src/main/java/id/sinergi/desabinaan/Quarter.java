package id.sinergi.desabinaan;

import java.time.LocalDate;

/** A calendar quarter (triwulan), e.g. Q4 2026 = 1 October to 31 December 2026. */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter current() {
        return of(LocalDate.now());
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }
}
