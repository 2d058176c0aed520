package be.cpas.piis.platform.ssin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
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

    /** 85073003328 spelled with full-width, Arabic-Indic and Devanagari digits: the same person, written another way. */
    @ParameterizedTest
    @ValueSource(strings = {"\uFF18\uFF15\uFF10\uFF17\uFF13\uFF10\uFF10\uFF10\uFF13\uFF12\uFF18",
        "\u0668\u0665\u0660\u0667\u0663\u0660\u0660\u0660\u0663\u0662\u0668",
        "\u096E\u096B\u0966\u096D\u0969\u0966\u0966\u0966\u0969\u0968\u096E", "8507300332\uFF18"})
    void X3_a_niss_of_digits_other_than_ascii_is_refused(String ssin) {
        assertThat(Ssin.isValid(ssin)).isFalse();
    }

    @Test
    void X3_the_check_digits_give_the_century_of_the_birth_date() {
        assertThat(Ssin.birthDate("85073003328")).isEqualTo(new Ssin.BirthDate(1985, OptionalInt.of(7), OptionalInt.of(30)));
        assertThat(Ssin.birthDate("85073003357")).isEqualTo(new Ssin.BirthDate(2085, OptionalInt.of(7), OptionalInt.of(30)));
        assertThat(Ssin.birthDate("00010100105").agreesWith(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(Ssin.birthDate("85073003357").agreesWith(LocalDate.of(1985, 7, 30))).isFalse();
    }

    @Test
    void X3_a_registered_birth_date_agrees_with_the_niss_in_year_month_and_day() {
        assertThat(Ssin.birthDate("85073003328").agreesWith(LocalDate.of(1985, 7, 30))).isTrue();
        assertThat(Ssin.birthDate("85073003328").agreesWith(LocalDate.of(1985, 7, 31))).isFalse();
        assertThat(Ssin.birthDate("85073003328").agreesWith(LocalDate.of(1985, 8, 30))).isFalse();
        assertThat(Ssin.birthDate("85073003328").agreesWith(LocalDate.of(1986, 7, 30))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85273003371", "85473003317"})
    void X3_a_bis_number_carries_the_birth_month_without_its_offset(String ssin) {
        assertThat(Ssin.birthDate(ssin)).isEqualTo(new Ssin.BirthDate(1985, OptionalInt.of(7), OptionalInt.of(30)));
    }

    @Test
    void X3_a_bis_number_of_a_birth_from_2000_carries_that_century() {
        assertThat(Ssin.birthDate("05231512313")).isEqualTo(new Ssin.BirthDate(2005, OptionalInt.of(3), OptionalInt.of(15)));
        assertThat(Ssin.birthDate("05231512313").agreesWith(LocalDate.of(1905, 3, 15))).isFalse();
    }

    @Test
    void X3_an_unknown_month_or_day_agrees_with_any() {
        Ssin.BirthDate unknownMonth = Ssin.birthDate("80000100197");
        assertThat(unknownMonth).isEqualTo(new Ssin.BirthDate(1980, OptionalInt.empty(), OptionalInt.of(1)));
        assertThat(unknownMonth.agreesWith(LocalDate.of(1980, 11, 1))).isTrue();
        assertThat(unknownMonth.agreesWith(LocalDate.of(1981, 11, 1))).isFalse();
        Ssin.BirthDate unknownDay = Ssin.birthDate("85070003355");
        assertThat(unknownDay.agreesWith(LocalDate.of(1985, 7, 12))).isTrue();
        assertThat(unknownDay.agreesWith(LocalDate.of(1985, 6, 12))).isFalse();
    }

    @Test
    void X3_an_invalid_number_carries_no_birth_date() {
        assertThatThrownBy(() -> Ssin.birthDate("85073003329")).isInstanceOf(IllegalArgumentException.class);
    }
}
