package id.sinergi.agency;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The NIP (Nomor Induk Pegawai) of a civil servant: 18 digits, read as birth date {@code yyyymmdd}, month of appointment
 * {@code yyyymm}, gender {@code 1} or {@code 2}, and a three-digit sequence number. Only the shape is checked, not
 * whether the person exists.
 */
public final class Nip {

    public static final int LENGTH = 18;
    private static final int FIRST_BIRTH_YEAR = 1940;
    private static final int MIN_AGE_AT_APPOINTMENT = 18;

    private Nip() {
    }

    /** Spaces and dots people type for readability ("19850312 201012 1 001") are dropped; blank becomes null. */
    public static String normalize(String nip) {
        if (nip == null) {
            return null;
        }
        String compact = nip.replaceAll("[\\s.]", "");
        return compact.isEmpty() ? null : compact;
    }

    /** The message key of the first problem of a (normalized) NIP, or empty when it is well-formed. */
    public static Optional<String> problem(String nip, LocalDate today) {
        if (!nip.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("officer.nip.error.digits");
        }
        if (nip.length() != LENGTH) {
            return Optional.of("officer.nip.error.length");
        }
        LocalDate birth = birthDate(nip);
        if (birth == null || birth.getYear() < FIRST_BIRTH_YEAR
                || birth.isAfter(today.minusYears(MIN_AGE_AT_APPOINTMENT))) {
            return Optional.of("officer.nip.error.birthDate");
        }
        YearMonth appointment = appointment(nip);
        if (appointment == null || appointment.isAfter(YearMonth.from(today))
                || appointment.isBefore(YearMonth.from(birth.plusYears(MIN_AGE_AT_APPOINTMENT)))) {
            return Optional.of("officer.nip.error.appointment");
        }
        char gender = nip.charAt(14);
        if (gender != '1' && gender != '2') {
            return Optional.of("officer.nip.error.gender");
        }
        if (nip.endsWith("000")) {
            return Optional.of("officer.nip.error.sequence");
        }
        return Optional.empty();
    }

    public static Optional<String> problem(String nip) {
        return problem(nip, LocalDate.now());
    }

    private static LocalDate birthDate(String nip) {
        try {
            return LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static YearMonth appointment(String nip) {
        try {
            return YearMonth.of(Integer.parseInt(nip.substring(8, 12)), Integer.parseInt(nip.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
