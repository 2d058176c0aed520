package be.cpas.piis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.platform.problem.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final String PLACE = "Rue Haute 298A, 1000 Bruxelles";

    @Test
    void A2_X6_a_reminder_that_would_fall_on_a_weekend_or_holiday_falls_on_the_working_day_before() {
        // Wednesday 31 March 2027: 3 days before is Easter Sunday, so Friday 26 March. Tuesday 6 April: Saturday 3 → Friday 2.
        assertThat(new Appointment(LocalDate.of(2027, 3, 31), TEN, PLACE).reminderDueOn(3)).isEqualTo(LocalDate.of(2027, 3, 26));
        assertThat(new Appointment(LocalDate.of(2027, 4, 6), TEN, PLACE).reminderDueOn(3)).isEqualTo(LocalDate.of(2027, 4, 2));
        assertThat(new Appointment(LocalDate.of(2027, 4, 9), TEN, PLACE).reminderDueOn(3)).isEqualTo(LocalDate.of(2027, 4, 6));
    }

    @Test
    void A2_on_a_friday_the_reminders_due_reach_the_meetings_of_wednesday() {
        assertThat(Appointment.lastMeetingDayToRemind(LocalDate.of(2027, 4, 2), 3)).isEqualTo(LocalDate.of(2027, 4, 7));
        // Friday 26 March 2027, before Easter Monday: up to Thursday 1 April, whose reminder day is Easter Monday.
        assertThat(Appointment.lastMeetingDayToRemind(LocalDate.of(2027, 3, 26), 3)).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(Appointment.lastMeetingDayToRemind(LocalDate.of(2027, 4, 6), 3)).isEqualTo(LocalDate.of(2027, 4, 9));
    }

    @Test
    void X6_a_meeting_is_not_set_for_easter_monday_christmas_or_a_saturday() {
        LocalDate today = LocalDate.of(2027, 3, 1);
        for (LocalDate day : new LocalDate[] {LocalDate.of(2027, 3, 29), LocalDate.of(2027, 12, 25), LocalDate.of(2027, 3, 6)}) {
            assertThatThrownBy(() -> Appointment.setFor(day, TEN, PLACE, today))
                    .isInstanceOfSatisfying(RuleViolationException.class, refusal -> assertThat(refusal.rule()).isEqualTo("X6"));
        }
        assertThat(Appointment.setFor(LocalDate.of(2027, 3, 30), TEN, PLACE, today).day()).isEqualTo(LocalDate.of(2027, 3, 30));
    }
}
