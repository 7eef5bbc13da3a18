package id.sinergi.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** An authenticator enrolled in a test: the key taken from the enrolment, so the test computes codes like an app would. */
public record Enrolled(byte[] key, List<String> recoveryCodes) {

    /** Enrols for the logged-in user, confirming with the code of the current step. */
    public static Enrolled enrol(SecondFactorService secondFactors, Clock clock, String password) {
        SecondFactorService.Enrolment enrolment = secondFactors.startEnrolment(password);
        byte[] key = Base32.decode(enrolment.secret());
        return new Enrolled(key, secondFactors.confirmEnrolment(Totp.code(key, Totp.step(clock.instant()), Totp.DIGITS)));
    }

    public String codeAt(Instant time) {
        return Totp.code(key, Totp.step(time), Totp.DIGITS);
    }
}
