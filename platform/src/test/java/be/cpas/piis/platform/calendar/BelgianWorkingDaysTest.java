package be.cpas.piis.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BelgianWorkingDaysTest {

    @Test
    void X6_easter_2027_falls_on_28_march_and_its_monday_is_not_worked() {
        assertThat(BelgianWorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2027, 3, 26))).isTrue();
    }

    @Test
    void X6_five_working_days_across_easter_monday_2027() {
        // Thursday 25 March 2027: Fri 26, (weekend), (Easter Monday 29), Tue 30, Wed 31, Thu 1 April, Fri 2 April.
        assertThat(BelgianWorkingDays.plusWorkingDays(LocalDate.of(2027, 3, 25), 5)).isEqualTo(LocalDate.of(2027, 4, 2));
    }

    @Test
    void X6_ascension_and_whit_monday_follow_easter() {
        assertThat(BelgianWorkingDays.publicHolidays(2027))
                .contains(LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17));
        assertThat(BelgianWorkingDays.publicHolidays(2026))
                .contains(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25));
    }

    @Test
    void X6_armistice_11_november_is_not_a_working_day() {
        // Tuesday 10 November 2026 plus one working day skips Wednesday 11 November.
        assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2026, 11, 11))).isFalse();
        assertThat(BelgianWorkingDays.plusWorkingDays(LocalDate.of(2026, 11, 10), 1)).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void X6_weekends_and_fixed_holidays_are_skipped() {
        // Friday 18 December 2026 + 5: Mon 21, Tue 22, Wed 23, Thu 24, (Christmas), Mon 28.
        assertThat(BelgianWorkingDays.plusWorkingDays(LocalDate.of(2026, 12, 18), 5)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2027, 7, 21))).isFalse();
        assertThat(BelgianWorkingDays.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void X6_a_last_day_on_a_sunday_moves_to_monday() {
        assertThat(BelgianWorkingDays.onOrNextWorkingDay(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(BelgianWorkingDays.onOrNextWorkingDay(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void X6_a_day_that_is_not_worked_moves_back_to_the_working_day_before() {
        // Saturday 31 July 2027 → Friday 30; Easter Monday 29 March 2027 → Friday 26; 1 January 2028, a Saturday → Friday 31 December 2027.
        assertThat(BelgianWorkingDays.onOrPreviousWorkingDay(LocalDate.of(2027, 7, 31))).isEqualTo(LocalDate.of(2027, 7, 30));
        assertThat(BelgianWorkingDays.onOrPreviousWorkingDay(LocalDate.of(2027, 3, 29))).isEqualTo(LocalDate.of(2027, 3, 26));
        assertThat(BelgianWorkingDays.onOrPreviousWorkingDay(LocalDate.of(2028, 1, 1))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(BelgianWorkingDays.onOrPreviousWorkingDay(LocalDate.of(2027, 7, 21))).isEqualTo(LocalDate.of(2027, 7, 20));
        assertThat(BelgianWorkingDays.onOrPreviousWorkingDay(LocalDate.of(2027, 3, 30))).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void X6_zero_working_days_is_the_same_day() {
        assertThat(BelgianWorkingDays.plusWorkingDays(LocalDate.of(2026, 11, 25), 0)).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
