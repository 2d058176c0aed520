package be.cpas.piis.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JudicialDeadlinesTest {

    @Test
    void S8_notified_on_30_november_2026_the_appeal_runs_until_monday_1_march_2027() {
        assertThat(JudicialDeadlines.lastDayOfMonths(LocalDate.of(2026, 11, 30), 3)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void S8_a_period_in_months_ends_on_the_same_day_of_the_month() {
        assertThat(JudicialDeadlines.lastDayOfMonths(LocalDate.of(2027, 1, 15), 3)).isEqualTo(LocalDate.of(2027, 4, 15));
    }

    @Test
    void S8_a_last_day_on_a_public_holiday_moves_to_the_next_working_day() {
        // 1 May 2027 is a Saturday and a holiday, 2 May a Sunday.
        assertThat(JudicialDeadlines.lastDayOfMonths(LocalDate.of(2027, 2, 1), 3)).isEqualTo(LocalDate.of(2027, 5, 3));
    }

    @Test
    void S8_a_registered_letter_counts_as_received_on_the_third_working_day_after_posting() {
        // Posted on Thursday 24 December 2026: Christmas and the weekend do not count.
        assertThat(JudicialDeadlines.receivedOn(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(JudicialDeadlines.receivedOn(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
