package be.cpas.piis.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.evaluation.domain.EvaluationFrequency.PlannedDate;
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
                new PlannedDate(LocalDate.of(2027, 7, 31), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.FINAL));
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
                new PlannedDate(LocalDate.of(2027, 7, 31), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.FINAL));

        EvaluationFrequency.Replanning replanning = EvaluationFrequency.replan(start, LocalDate.of(2028, 5, 31), FOUR_MONTHS,
                LocalDate.of(2027, 4, 10), stillToCome);

        assertThat(replanning.kept()).containsExactly(new PlannedDate(LocalDate.of(2027, 7, 31), EvaluationKind.REGULAR));
        assertThat(replanning.cancelled()).containsExactly(new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.FINAL));
        assertThat(replanning.added()).containsExactly(
                new PlannedDate(LocalDate.of(2027, 11, 30), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2028, 3, 31), EvaluationKind.REGULAR),
                new PlannedDate(LocalDate.of(2028, 5, 31), EvaluationKind.FINAL));
    }

    @Test
    void E1_an_evaluation_lies_within_its_contract() {
        assertThatThrownBy(() -> EvaluationFrequency.requireWithinContract(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30),
                LocalDate.of(2027, 12, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.rule()).isEqualTo("E1"));
    }
}
