package id.sinergi.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 22);

    @ParameterizedTest
    @ValueSource(strings = {"198503122010121001", "199108252015032001", "200001012018011999", "194001011960012001"})
    void well_formed_nips_pass(String nip) {
        assertThat(Nip.problem(nip, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "19850312201012100A, officer.nip.error.digits",
            "1985-0312201012100, officer.nip.error.digits",
            "19850312201012100, officer.nip.error.length",
            "1985031220101210011, officer.nip.error.length",
            "198513122010121001, officer.nip.error.birthDate",
            "198502302010121001, officer.nip.error.birthDate",
            "193912312010121001, officer.nip.error.birthDate",
            "201001012010121001, officer.nip.error.birthDate",
            "198503122010131001, officer.nip.error.appointment",
            "198503122026011001, officer.nip.error.appointment",
            "198503122000011001, officer.nip.error.appointment",
            "198503122010123001, officer.nip.error.gender",
            "198503122010120001, officer.nip.error.gender",
            "198503122010121000, officer.nip.error.sequence"})
    void malformed_nips_name_their_first_problem(String nip, String expectedKey) {
        assertThat(Nip.problem(nip, TODAY)).contains(expectedKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19850312 201012 1 001", " 198503122010121001 ", "19850312.201012.1.001"})
    void spaces_and_dots_typed_for_readability_are_dropped(String typed) {
        assertThat(Nip.normalize(typed)).isEqualTo("198503122010121001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_nip_means_none(String typed) {
        assertThat(Nip.normalize(typed)).isNull();
    }
}
