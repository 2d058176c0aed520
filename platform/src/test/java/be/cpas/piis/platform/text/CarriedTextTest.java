package be.cpas.piis.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarriedTextTest {

    @Test
    void X5_letters_of_every_script_tabs_and_line_breaks_are_carried() {
        assertThat(CarriedText.isCarried("Łukasz Ştefan Ælfrida 李 \uD83D\uDE00\t\r\n \uFFFD")).isTrue();
    }

    @Test
    void X5_nul_the_other_control_characters_the_two_noncharacters_and_lone_surrogates_are_not() {
        for (String uncarried : new String[] {"\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F", "\uFFFE", "\uFFFF",
            "\uD800", "\uDFFF", "a\uD83D", "\uDE00a"}) {
            assertThat(CarriedText.isCarried("Ana " + uncarried + " Peeters")).as("U+%04X", (int) uncarried.charAt(uncarried.length() - 1)).isFalse();
        }
        assertThat(CarriedText.firstUncarried("Absent \uFFFF")).isEqualTo(7);
    }

    @Test
    void X5_text_recorded_earlier_keeps_all_but_the_characters_it_cannot_carry() {
        assertThat(CarriedText.withoutUncarried("Ab\u0000sent \uFFFF\uD800 \uD83D\uDE00 ok")).isEqualTo("Absent  \uD83D\uDE00 ok");
    }
}
