package be.cpas.piis.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.events.ContractEnded;
import be.cpas.piis.events.ContractProposed;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractTest {

    private static final ReflectionPeriod FIVE_WORKING_DAYS = new ReflectionPeriod(5, ReflectionPeriod.Unit.WORKING_DAYS);
    // Monday 23 November 2026: five working days end on Monday 30 November.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY_AFTER = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Commitment CPAS_COMMITMENT = new Commitment(Party.CPAS, "Pay the enrolment fee of the training");

    @Test
    void C4_a_contract_without_a_replacement_worker_cannot_be_proposed() {
        Contract contract = Contract.draft("21004", UUID.randomUUID(), content(ContractType.GENERAL, "Marie Dubois", null, List.of()), NOW);

        assertRule("C4", () -> contract.propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS));
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void C7_proposal_starts_a_reflection_period_of_five_working_days() {
        Contract contract = draft();

        ContractProposed proposed = contract.propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS);

        assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);
        assertThat(proposed.reflectionEndsOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void C7_a_signature_inside_the_reflection_period_is_refused_even_on_its_last_day() {
        Contract contract = proposed(draft());

        for (LocalDate day : List.of(MONDAY, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30))) {
            assertRule("C7", () -> contract.sign(Party.BENEFICIARY, null, day, day, NOW));
        }
        assertThat(contract.signatures()).isEmpty();
    }

    @Test
    void C7_calendar_days_when_configured() {
        Contract contract = draft();

        contract.propose(MONDAY, MONDAY, MONDAY, new ReflectionPeriod(5, ReflectionPeriod.Unit.CALENDAR_DAYS));

        assertThat(contract.reflectionEndsOn()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void C8_a_pending_hearing_blocks_the_signature_until_its_outcome_is_recorded() {
        Contract contract = proposed(draft());
        contract.requestHearing(LocalDate.of(2026, 11, 25), TUESDAY_AFTER);

        assertRule("C8", () -> contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW));
        assertConflict("C8", () -> contract.requestHearing(TUESDAY_AFTER, TUESDAY_AFTER));

        contract.recordHearingOutcome(TUESDAY_AFTER, "The Council kept the training goal; the step dates were moved", TUESDAY_AFTER);
        assertThat(contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW)).isEmpty();
        assertThat(contract.signatures()).hasSize(1);
    }

    @Test
    void C8_a_hearing_is_asked_before_signing_only() {
        Contract contract = draft();

        assertConflict("C8", () -> contract.requestHearing(MONDAY, MONDAY));
        assertConflict("C8", () -> proposed(contract).recordHearingOutcome(MONDAY, "heard", MONDAY));
    }

    @Test
    void C8_X6_the_hearing_is_planned_on_a_working_day_to_come_and_heard_not_before_it() {
        Contract contract = proposed(draft());
        contract.requestHearing(TUESDAY_AFTER, TUESDAY_AFTER);
        LocalTime two = LocalTime.of(14, 0);

        assertRule("X6", () -> contract.planHearing(LocalDate.of(2026, 12, 5), two, "Salle du Conseil", TUESDAY_AFTER));
        assertRule("X6", () -> contract.planHearing(LocalDate.of(2026, 12, 25), two, "Salle du Conseil", TUESDAY_AFTER));
        assertThatThrownBy(() -> contract.planHearing(MONDAY, two, "Salle du Conseil", TUESDAY_AFTER))
                .isInstanceOf(InvalidInputException.class);
        assertConflict("A1", contract::requireHearingPlanned);
        contract.planHearing(LocalDate.of(2026, 12, 10), two, "Salle du Conseil", TUESDAY_AFTER);

        assertThat(contract.hearingConvocationSent(null, TUESDAY_AFTER)).isEqualTo(TUESDAY_AFTER);
        assertRule("X9", () -> contract.hearingConvocationSent(MONDAY, TUESDAY_AFTER));
        assertRule("X9", () -> contract.recordHearingOutcome(LocalDate.of(2026, 12, 9), "heard", LocalDate.of(2026, 12, 11)));
        contract.recordHearingOutcome(LocalDate.of(2026, 12, 10), "heard", LocalDate.of(2026, 12, 11));
        assertConflict("C8", () -> contract.planHearing(LocalDate.of(2026, 12, 14), two, "Salle du Conseil", LocalDate.of(2026, 12, 11)));
    }

    @Test
    void C8_a_new_hearing_request_forgets_the_day_of_the_last_one() {
        Contract contract = proposed(draft());
        contract.requestHearing(TUESDAY_AFTER, TUESDAY_AFTER);
        contract.planHearing(LocalDate.of(2026, 12, 10), LocalTime.of(14, 0), "Salle du Conseil", TUESDAY_AFTER);
        contract.recordHearingOutcome(LocalDate.of(2026, 12, 10), "heard", LocalDate.of(2026, 12, 10));

        contract.requestHearing(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 11));

        assertThat(contract.hearingPlannedOn()).isNull();
        assertConflict("A1", contract::requireHearingPlanned);
    }

    @Test
    void C9_the_contract_is_active_once_the_beneficiary_and_the_cpas_signed() {
        Contract contract = proposed(draft());

        assertThat(contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW)).isEmpty();
        assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);

        Optional<ContractSigned> signed = contract.sign(Party.CPAS, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW);
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(signed).hasValueSatisfying(event -> {
            assertThat(event.contractId()).isEqualTo(contract.id());
            assertThat(event.signedOn()).isEqualTo(TUESDAY_AFTER);
            assertThat(event.contractType()).isEqualTo("general");
        });
    }

    @Test
    void C9_a_party_signs_once_and_a_draft_cannot_be_signed() {
        Contract contract = proposed(draft());
        contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW);

        assertConflict("C9", () -> contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW));
        assertConflict("C9", () -> draft().sign(Party.CPAS, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW));
    }

    @Test
    void C6_C9_every_partner_signs_before_the_contract_is_active() {
        Partner training = new Partner("Bruxelles Formation", "Train the beneficiary as a forklift driver");
        Contract contract = proposed(Contract.draft("21004", UUID.randomUUID(),
                content(ContractType.GENERAL, "Marie Dubois", "Jan Claes", List.of(training)), NOW));
        contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW);

        assertThat(contract.sign(Party.CPAS, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW)).isEmpty();
        assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);
        assertRule("C6", () -> contract.sign(Party.PARTNER, UUID.randomUUID(), TUESDAY_AFTER, TUESDAY_AFTER, NOW));

        assertThat(contract.sign(Party.PARTNER, training.id(), TUESDAY_AFTER, TUESDAY_AFTER, NOW)).isPresent();
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void C6_no_partner_signature_where_no_partner_takes_part() {
        assertRule("C6", () -> proposed(draft()).sign(Party.PARTNER, UUID.randomUUID(), TUESDAY_AFTER, TUESDAY_AFTER, NOW));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void C6_a_partner_without_expectations_is_refused(String expectations) {
        ContractContent vague = content(ContractType.GENERAL, "Marie Dubois", "Jan Claes",
                List.of(new Partner("Bruxelles Formation", expectations)));

        assertRule("C6", () -> Contract.draft("21004", UUID.randomUUID(), vague, NOW));
        assertRule("C6", vague::requireComplete);
    }

    @Test
    void C3_the_cpas_commits_too_and_a_contract_has_a_goal_and_ends_after_it_starts() {
        ContractContent withoutCpasCommitment = new ContractContent(ContractType.GENERAL, MONDAY, MONDAY.plusYears(1),
                "Marie Dubois", "Jan Claes", null, List.of(goal(GoalKind.PROFESSIONAL)),
                List.of(new Commitment(Party.BENEFICIARY, "Look for work")), List.of());
        assertRule("C3", () -> Contract.draft("21004", UUID.randomUUID(), withoutCpasCommitment, NOW)
                .propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS));

        ContractContent withoutGoal = new ContractContent(ContractType.GENERAL, MONDAY, MONDAY.plusYears(1),
                "Marie Dubois", "Jan Claes", null, List.of(), List.of(CPAS_COMMITMENT), List.of());
        assertRule("C3", () -> Contract.draft("21004", UUID.randomUUID(), withoutGoal, NOW)
                .propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS));

        ContractContent backwards = new ContractContent(ContractType.GENERAL, MONDAY, MONDAY,
                "Marie Dubois", "Jan Claes", null, List.of(goal(GoalKind.PROFESSIONAL)), List.of(CPAS_COMMITMENT), List.of());
        assertRule("C3", () -> Contract.draft("21004", UUID.randomUUID(), backwards, NOW));
    }

    @Test
    void C10_C11_an_amendment_cannot_drop_what_the_contract_must_say() {
        ContractContent student = new ContractContent(ContractType.STUDENT, MONDAY, LocalDate.of(2027, 9, 13),
                "Marie Dubois", "Jan Claes", null, List.of(goal(GoalKind.STUDIES)), List.of(CPAS_COMMITMENT), List.of());
        Contract contract = Contract.draft("21004", UUID.randomUUID(), student, NOW);
        contract.propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS);
        contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW);
        contract.sign(Party.CPAS, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW);

        ContractContent withoutStudies = new ContractContent(ContractType.STUDENT, MONDAY, LocalDate.of(2027, 9, 13),
                "Marie Dubois", "Jan Claes", null, List.of(goal(GoalKind.SOCIAL)), List.of(CPAS_COMMITMENT), List.of());
        assertRule("C11", () -> contract.amend(withoutStudies, TUESDAY_AFTER));
        assertThat(contract.contentVersion()).isEqualTo(1);
    }

    @Test
    void C11_a_student_contract_carries_the_standard_student_commitments_and_a_studies_goal() {
        ContractContent student = new ContractContent(ContractType.STUDENT, MONDAY, LocalDate.of(2027, 9, 13),
                "Marie Dubois", "Jan Claes", null, List.of(goal(GoalKind.STUDIES)), List.of(CPAS_COMMITMENT), List.of());

        Contract contract = Contract.draft("21004", UUID.randomUUID(), student, NOW);

        assertThat(contract.commitments()).extracting(Commitment::description)
                .containsAll(StudentCommitments.STANDARD)
                .contains(CPAS_COMMITMENT.description())
                .anyMatch(text -> text.contains("within 7 working days"));
        ContractContent withoutStudies = new ContractContent(ContractType.STUDENT, MONDAY, LocalDate.of(2027, 9, 13),
                "Marie Dubois", "Jan Claes", null, List.of(goal(GoalKind.SOCIAL)), List.of(CPAS_COMMITMENT), List.of());
        assertRule("C11", () -> Contract.draft("21004", UUID.randomUUID(), withoutStudies, NOW)
                .propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS));
    }

    @Test
    void C12_an_active_contract_completes_and_an_ended_contract_stays_ended() {
        Contract contract = active();

        ContractEnded ended = contract.complete(LocalDate.of(2027, 11, 30));

        assertThat(contract.status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(ended.outcome()).isEqualTo("completed");
        assertConflict("C12", () -> contract.terminate(LocalDate.of(2027, 12, 1), "RIS ended", LocalDate.of(2027, 12, 1)));
        assertConflict("C12", () -> contract.transfer(LocalDate.of(2027, 12, 1)));
    }

    @Test
    void C12_a_draft_cannot_complete_but_ends_with_the_ris() {
        Contract contract = draft();

        assertConflict("C12", () -> contract.complete(MONDAY));
        assertThat(contract.terminate(MONDAY, "The RIS was withdrawn", MONDAY).outcome()).isEqualTo("terminated");
    }

    @Test
    void C12_a_step_past_its_due_date_is_reported_once_whoever_owns_it() {
        Contract contract = active();
        Step step = contract.goals().get(0).steps().get(0);

        assertThat(step.reportIfOverdue(step.dueDate())).isFalse();
        assertThat(step.reportIfOverdue(step.dueDate().plusDays(1))).isTrue();
        assertThat(step.reportIfOverdue(step.dueDate().plusDays(2))).isFalse();
    }

    @Test
    void C12_a_step_still_planned_when_the_contract_ends_ends_with_it_and_is_never_overdue() {
        Contract contract = active();
        Step step = contract.goals().get(0).steps().get(0);

        contract.terminate(TUESDAY_AFTER, "The RIS was withdrawn", TUESDAY_AFTER);

        assertThat(step.status()).isEqualTo(StepStatus.CANCELLED);
        assertThat(step.reportIfOverdue(step.dueDate().plusDays(1))).isFalse();
    }

    @Test
    void C12_a_done_step_is_never_overdue() {
        Contract contract = active();
        Step step = contract.activeStep(contract.goals().get(0).steps().get(0).id());

        step.markDone(TUESDAY_AFTER, TUESDAY_AFTER, TUESDAY_AFTER);

        assertThat(step.reportIfOverdue(step.dueDate().plusDays(1))).isFalse();
        assertConflict("C3", step::cancel);
    }

    @Test
    void X9_dates_in_the_future_or_before_the_step_they_follow_are_refused() {
        Contract contract = proposed(draft());

        assertRule("X9", () -> contract.sign(Party.CPAS, null, TUESDAY_AFTER.plusDays(1), TUESDAY_AFTER, NOW));
        assertRule("X9", () -> contract.sign(Party.CPAS, null, MONDAY.minusDays(1), TUESDAY_AFTER, NOW));
        assertRule("X9", () -> draft().propose(MONDAY.minusDays(1), MONDAY, MONDAY, FIVE_WORKING_DAYS));
    }

    @Test
    void X9_a_late_recorded_signature_keeps_its_paper_date() {
        Contract contract = proposed(draft());
        LocalDate recordedOn = LocalDate.of(2026, 12, 10);

        contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, recordedOn, NOW);
        contract.sign(Party.CPAS, null, TUESDAY_AFTER, recordedOn, NOW);

        assertThat(contract.signedOn()).isEqualTo(TUESDAY_AFTER);
    }

    private static void assertRule(String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private static void assertConflict(String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private static Contract active() {
        Contract contract = proposed(draft());
        contract.sign(Party.BENEFICIARY, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW);
        contract.sign(Party.CPAS, null, TUESDAY_AFTER, TUESDAY_AFTER, NOW);
        return contract;
    }

    private static Contract proposed(Contract contract) {
        contract.propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS);
        return contract;
    }

    private static Contract draft() {
        return Contract.draft("21004", UUID.randomUUID(), content(ContractType.GENERAL, "Marie Dubois", "Jan Claes", List.of()), NOW);
    }

    private static ContractContent content(ContractType type, String referent, String replacement, List<Partner> partners) {
        return new ContractContent(type, MONDAY, MONDAY.plusYears(1), referent, replacement, "Sofia (sister)",
                List.of(goal(GoalKind.PROFESSIONAL)), List.of(CPAS_COMMITMENT), partners);
    }

    private static Goal goal(GoalKind kind) {
        return new Goal(kind, "Find a job in logistics",
                List.of(new Step("Register with Actiris", Party.BENEFICIARY, MONDAY.plusMonths(1))));
    }
}
