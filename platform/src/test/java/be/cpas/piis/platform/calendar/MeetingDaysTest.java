package be.cpas.piis.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.RuleViolationException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeetingDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void X6_a_meeting_is_set_on_a_working_day_to_come() {
        assertThat(MeetingDays.requireSettable("plannedOn", LocalDate.of(2027, 3, 30), TODAY)).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(MeetingDays.requireSettable("plannedOn", TODAY, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void X6_a_meeting_on_easter_monday_christmas_or_a_saturday_is_refused() {
        Map<LocalDate, String> spelled = Map.of(
                LocalDate.of(2027, 3, 29), "29 mars 2027",
                LocalDate.of(2027, 12, 25), "25 décembre 2027",
                LocalDate.of(2027, 3, 6), "6 mars 2027");
        spelled.forEach((day, words) -> assertThatThrownBy(() -> MeetingDays.requireSettable("plannedOn", day, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> assertThat(refusal.rule()).isEqualTo("X6"))
                .hasMessageContaining(words));
        assertThatThrownBy(() -> MeetingDays.requireSettable("plannedOn", LocalDate.of(2027, 3, 6), TODAY)).hasMessageEndingWith("un samedi");
        assertThatThrownBy(() -> MeetingDays.requireSettable("plannedOn", LocalDate.of(2027, 3, 29), TODAY))
                .hasMessageEndingWith("un jour férié");
    }

    @Test
    void a_meeting_in_the_past_is_bad_input_whatever_its_weekday() {
        assertThatThrownBy(() -> MeetingDays.requireSettable("plannedOn", LocalDate.of(2027, 2, 26), TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MeetingDays.requireSettable("plannedOn", LocalDate.of(2027, 2, 27), TODAY))
                .isInstanceOf(InvalidInputException.class);
    }
}
