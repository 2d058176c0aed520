package be.cpas.piis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.evaluation.domain.EvaluationFrequency.PlannedDate;
import be.cpas.piis.platform.calendar.BelgianWorkingDays;
import be.cpas.piis.platform.problem.RuleViolationException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationFrequencyTest {

    private static final Period FOUR_MONTHS = Period.ofMonths(4);

    @Test
    void E1_a_one_year_contract_is_evaluated_three_times_the_last_one_final() {
        List<PlannedDate> plan = EvaluationFrequency.plan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), FOUR_MONTHS);

        assertThat(plan).containsExactly(
                new PlannedDate(LocalDate.of(2027, 3, 31), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 7, 30), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.FINAL));
    }

    @Test
    void X6_a_planned_day_that_is_not_worked_moves_to_the_working_day_before() {
        // Sunday 15 August 2027, Saturday 1 May 2027, Saturday 1 January 2028, Wednesday 21 July 2027.
        assertThat(plannedDays(LocalDate.of(2026, 8, 16), LocalDate.of(2027, 8, 31))).contains(LocalDate.of(2027, 8, 13));
        assertThat(plannedDays(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 12, 31))).contains(LocalDate.of(2027, 4, 30));
        assertThat(plannedDays(LocalDate.of(2027, 5, 2), LocalDate.of(2028, 4, 30))).contains(LocalDate.of(2027, 12, 31));
        assertThat(plannedDays(LocalDate.of(2026, 11, 22), LocalDate.of(2027, 11, 21))).contains(LocalDate.of(2027, 7, 20));
    }

    @Test
    void X6_E1_every_planned_day_is_worked_and_within_the_contract_and_every_year_holds_three() {
        for (LocalDate start = LocalDate.of(2026, 1, 1); start.isBefore(LocalDate.of(2028, 1, 1)); start = start.plusDays(1)) {
            for (LocalDate end : List.of(start.plusYears(1).minusDays(1), start.plusYears(3).plusDays(17), start.plusMonths(7))) {
                List<LocalDate> days = plannedDays(start, end);
                LocalDate first = start;
                assertThat(days).allSatisfy(day -> {
                    assertThat(BelgianWorkingDays.isWorkingDay(day)).as("%s is worked", day).isTrue();
                    assertThat(day).isBetween(first, end);
                });
                assertThat(days).isSorted().doesNotHaveDuplicates();
                EvaluationFrequency.requireThreeAYear(start, end, days);
            }
        }
    }

    @Test
    void E1_X6_moving_back_to_a_friday_does_not_leave_a_year_without_its_third_evaluation() {
        // Saturday 31 July 2027 moves to Friday 30; the evaluation a year later, Monday 31 July 2028, must come by Sunday 30 July
        // for the year from 31 July 2027 to hold three: it moves back to Friday 28 July 2028.
        List<LocalDate> days = plannedDays(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 11, 30));

        assertThat(days).containsExactly(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 7, 30), LocalDate.of(2027, 11, 30),
                LocalDate.of(2028, 3, 31), LocalDate.of(2028, 7, 28), LocalDate.of(2028, 11, 30));
    }

    @Test
    void X6_E6_a_contract_ending_on_a_sunday_has_its_final_evaluation_on_the_friday_before() {
        List<PlannedDate> plan = EvaluationFrequency.plan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 8, 1), FOUR_MONTHS);

        assertThat(plan).containsExactly(
                new PlannedDate(LocalDate.of(2027, 3, 31), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 7, 30), EvaluationKind.FINAL));
    }

    private static List<LocalDate> plannedDays(LocalDate start, LocalDate end) {
        return EvaluationFrequency.plan(start, end, FOUR_MONTHS).stream().map(PlannedDate::plannedOn).toList();
    }

    @Test
    void E1_a_two_year_contract_keeps_three_evaluations_in_every_year() {
        List<PlannedDate> plan = EvaluationFrequency.plan(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 11, 30), FOUR_MONTHS);

        assertThat(plan).hasSize(6);
        assertThat(plan.get(5)).isEqualTo(new PlannedDate(LocalDate.of(2028, 11, 30), EvaluationKind.FINAL));
    }

    @Test
    void E1_a_contract_shorter_than_a_year_still_has_its_final_evaluation() {
        List<PlannedDate> plan = EvaluationFrequency.plan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31), FOUR_MONTHS);

        assertThat(plan).extracting(PlannedDate::kind).containsExactly(EvaluationKind.REGULAR, EvaluationKind.FINAL);
    }

    @Test
    void E1_dates_leaving_fewer_than_three_evaluations_in_a_year_are_refused() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        LocalDate end = LocalDate.of(2028, 11, 30);
        List<LocalDate> sparse = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 7, 1), LocalDate.of(2027, 11, 1),
                LocalDate.of(2028, 9, 1), LocalDate.of(2028, 11, 30));

        assertThatThrownBy(() -> EvaluationFrequency.requireThreeAYear(start, end, sparse))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("E1"));
    }

    @Test
    void E1_a_plan_every_six_months_is_refused() {
        assertThatThrownBy(() -> EvaluationFrequency.plan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), Period.ofMonths(6)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("E1"));
    }

    @Test
    void E1_C10_new_dates_keep_the_evaluations_that_still_fit_and_plan_the_rest_from_today() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        List<PlannedDate> stillToCome = List.of(
                new PlannedDate(LocalDate.of(2027, 7, 30), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.FINAL));

        EvaluationFrequency.Replanning replanning = EvaluationFrequency.replan(start, LocalDate.of(2028, 5, 31), FOUR_MONTHS,
                LocalDate.of(2027, 4, 10), stillToCome);

        assertThat(replanning.kept()).containsExactly(new PlannedDate(LocalDate.of(2027, 7, 30), EvaluationKind.REGULAR));
        assertThat(replanning.cancelled()).containsExactly(new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.FINAL));
        assertThat(replanning.added()).containsExactly(
                new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2028, 3, 31), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2028, 5, 31), EvaluationKind.FINAL));
    }

    @Test
    void X6_C10_new_dates_move_an_evaluation_left_on_a_saturday_to_the_friday_before() {
        List<PlannedDate> plannedOnASaturday = List.of(
                new PlannedDate(LocalDate.of(2027, 7, 31), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.FINAL));

        EvaluationFrequency.Replanning replanning = EvaluationFrequency.replan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 12, 31),
                FOUR_MONTHS, LocalDate.of(2027, 4, 10), plannedOnASaturday);

        assertThat(replanning.cancelled()).containsExactlyElementsOf(plannedOnASaturday);
        assertThat(replanning.added()).containsExactly(
                new PlannedDate(LocalDate.of(2027, 7, 30), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 12, 31), EvaluationKind.FINAL));
    }

    @Test
    void X6_a_contract_without_a_working_day_keeps_its_last_day_for_the_final_evaluation() {
        assertThat(EvaluationFrequency.plan(LocalDate.of(2027, 7, 31), LocalDate.of(2027, 8, 1), FOUR_MONTHS))
                .containsExactly(new PlannedDate(LocalDate.of(2027, 8, 1), EvaluationKind.FINAL));
    }

    @Test
    void E1_an_evaluation_lies_within_its_contract() {
        assertThatThrownBy(() -> EvaluationFrequency.requireWithinContract(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30),
                LocalDate.of(2027, 12, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.rule()).isEqualTo("E1"));
    }
}
