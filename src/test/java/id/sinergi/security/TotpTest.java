package id.sinergi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The HMAC-SHA1 seed of RFC 6238, appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0} s gives {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void codes_match_the_rfc_6238_test_vectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(seconds)), 8)).isEqualTo(expected);
    }

    @Test
    void a_code_is_accepted_one_step_early_or_late_but_not_two() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        for (long drift = -1; drift <= 1; drift++) {
            String code = Totp.code(RFC_SEED, step + drift, Totp.DIGITS);
            assertThat(Totp.matchingStep(RFC_SEED, code, now, 0)).hasValue(step + drift);
        }
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2, 6), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2, 6), now, 0)).isEmpty();
    }

    @Test
    void a_code_is_usable_only_once() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String code = Totp.code(RFC_SEED, step, 6);
        assertThat(Totp.matchingStep(RFC_SEED, code, now, step - 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SEED, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, code, now.plusSeconds(30), step)).isEmpty();
    }

    @Test
    void spaces_are_ignored_and_anything_but_six_digits_is_refused() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = Totp.code(RFC_SEED, Totp.step(now), 6);
        assertThat(Totp.matchingStep(RFC_SEED, code.substring(0, 3) + " " + code.substring(3), now, 0)).isPresent();
        assertThat(Totp.matchingStep(RFC_SEED, code + "0", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, null, now, 0)).isEmpty();
    }

    @Test
    void base32_follows_rfc_4648_and_round_trips() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SEED);
    }

    @Test
    void the_enrolment_uri_names_issuer_account_and_parameters() {
        assertThat(Totp.otpauthUri("Sinergi", "penghubung.disnaker", RFC_SEED)).isEqualTo(
                "otpauth://totp/Sinergi:penghubung.disnaker?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Sinergi"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
