package be.cpas.piis.platform.ssin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SsinTest {

    @ParameterizedTest
    @ValueSource(strings = {"85073003328", "80000100197"})
    void X3_births_before_2000_are_checked_on_the_nine_digits(String ssin) {
        assertThat(Ssin.isValid(ssin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00010100105", "05031512367"})
    void X3_births_from_2000_are_checked_with_a_leading_2(String ssin) {
        assertThat(Ssin.isValid(ssin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85273003371", "85473003317"})
    void X3_bis_numbers_add_20_or_40_to_the_month(String ssin) {
        assertThat(Ssin.isValid(ssin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003329", "00010100106", "85473003318"})
    void X3_a_wrong_check_is_refused(String ssin) {
        assertThat(Ssin.isValid(ssin)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8507300332", "850730033280", "8507300332a", "85.07.30-033.28", "85133003328", "85673003328", "85073203328", ""})
    void X3_malformed_numbers_are_refused(String ssin) {
        assertThat(Ssin.isValid(ssin)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void X3_no_number_is_not_a_number(String ssin) {
        assertThat(Ssin.isValid(ssin)).isFalse();
    }
}
