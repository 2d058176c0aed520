package be.cpas.piis.sanctions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.events.PiisEvent;
import be.cpas.piis.events.SanctionDecided;
import be.cpas.piis.events.SanctionExecuted;
import be.cpas.piis.events.SanctionExecutionDeferred;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BreachCaseTest {

    private static final LocalDate MISSED_ON = LocalDate.of(2027, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 3);
    private static final LocalDate DECIDED_ON = LocalDate.of(2027, 4, 20);
    private static final CpasSide CPAS_KEPT_ITS_WORD = new CpasSide(MISSED_ON.minusMonths(3), DECIDED_ON, List.of());
    private static final Recidivism FIRST_BREACH = new Recidivism(MISSED_ON, Optional.empty(), Optional.empty());
    private static final Notification POSTED = Notification.posted(LocalDate.of(2027, 4, 21), "Tribunal du travail francophone de Bruxelles",
            "Boulevard de Waterloo 70, 1000 Bruxelles");

    @Test
    void S1_facts_of_a_contract_gather_in_its_case_until_the_decision() {
        BreachCase breach = opened();
        breach.gather(new BreachFact(Origin.STEP_OVERDUE, UUID.randomUUID(), MISSED_ON.minusDays(10), null));

        assertThat(breach.facts()).hasSize(2);
        assertThat(breach.breachOn()).isEqualTo(MISSED_ON.minusDays(10));
        BreachCase decided = readyForDecision();
        decided.decide(suspension(LocalDate.of(2027, 5, 1), Period.ofMonths(1)), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        assertConflict("S1", () -> decided.gather(new BreachFact(Origin.REPORTED, null, TODAY, "Another")));
    }

    @Test
    void S1_a_case_opened_in_error_closes_before_any_decision_and_takes_no_further_step() {
        BreachCase inError = opened();
        noticeSent(inError);

        assertRule("X9", () -> inError.closedInError("Excused", MISSED_ON, TODAY));
        inError.closedInError("The evaluation was moved; the beneficiary was not told", TODAY, TODAY);
        assertThat(inError.status()).isEqualTo(BreachStatus.CLOSED);
        assertThat(inError.decidedOn()).isNull();
        assertConflict("S1", () -> inError.decide(noSanction(), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));
        assertConflict("S1", () -> inError.gather(new BreachFact(Origin.REPORTED, null, TODAY, "Another")));
        assertConflict("S3", () -> inError.opinionGiven("Too late", TODAY, "worker", TODAY));
        BreachCase decided = readyForDecision();
        decided.decide(noSanction(), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        assertConflict("S1", () -> decided.closedInError("Excused", TODAY, TODAY));
    }

    @Test
    void S2_no_opinion_nor_decision_before_the_formal_notice() {
        BreachCase breach = opened();

        assertRule("S2", () -> breach.opinionGiven("Knows the rules", MISSED_ON.plusDays(5), "worker", TODAY));
        assertRule("S2", () -> breach.decide(noSanction(), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));
        assertThat(breach.opinionGivenOn()).isNull();
    }

    @Test
    void S2_no_decision_before_the_answer_date_of_the_notice_unless_the_beneficiary_answered() {
        BreachCase breach = readyForDecision();
        LocalDate answerBy = breach.noticeRespondBy();
        DecisionProposal onTheAnswerDate = new DecisionProposal(DecisionKind.NO_SANCTION, null, null, null, null, null, null,
                "Excused", answerBy);

        assertRule("S2", () -> breach.decide(onTheAnswerDate, FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));
        assertRule("X9", () -> breach.noticeAnswered("I was ill", MISSED_ON.plusDays(1), TODAY));
        breach.noticeAnswered("I was ill; the certificate follows", answerBy.minusDays(3), TODAY);
        breach.decide(onTheAnswerDate, FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        assertThat(breach.status()).isEqualTo(BreachStatus.DECIDED);
    }

    @Test
    void S3_no_decision_before_the_social_workers_opinion() {
        BreachCase breach = opened();
        noticeSent(breach);

        assertRule("S3", () -> breach.decide(noSanction(), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));
    }

    @Test
    void S4_no_decision_before_the_hearing_the_beneficiary_asked_for() {
        BreachCase breach = readyForDecision();
        breach.hearingRequested(MISSED_ON.plusDays(8), TODAY);

        assertRule("S4", () -> breach.decide(noSanction(), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));
        breach.heard(MISSED_ON.plusDays(15), true, "Me Janssens, lawyer", "Was ill, brings a certificate", "council", TODAY);
        breach.decide(noSanction(), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        assertThat(breach.status()).isEqualTo(BreachStatus.DECIDED);
    }

    @Test
    void S5_a_legitimate_reason_forbids_a_suspension_but_not_a_decision_of_no_sanction() {
        BreachCase breach = readyForDecision();
        breach.legitimateReasonRecorded("Hospitalised that day", MISSED_ON.plusDays(12), TODAY);

        assertRule("S5", () -> breach.decide(suspension(LocalDate.of(2027, 5, 1), Period.ofMonths(1)), FIRST_BREACH, CPAS_KEPT_ITS_WORD,
                "council", TODAY, Language.FR));
        breach.decide(noSanction(), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
    }

    @Test
    void S5_a_cpas_that_failed_its_side_in_the_period_cannot_suspend() {
        CpasSide failed = new CpasSide(MISSED_ON.minusMonths(3), DECIDED_ON,
                List.of(new CpasSide.Failure("interviewOverdue", UUID.randomUUID(), MISSED_ON.minusDays(20))));

        assertRule("S5", () -> readyForDecision().decide(suspension(LocalDate.of(2027, 5, 1), Period.ofMonths(1)), FIRST_BREACH, failed,
                "council", TODAY, Language.FR));
    }

    @Test
    void S6_a_first_sanction_lasts_at_most_one_month() {
        assertRule("S6", () -> readyForDecision().decide(suspension(LocalDate.of(2027, 5, 1), Period.ofMonths(2)), FIRST_BREACH,
                CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));

        BreachCase breach = readyForDecision();
        breach.decide(suspension(LocalDate.of(2027, 5, 1), Period.ofMonths(1)), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        assertThat(breach.endsOn()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(breach.capMonths()).isEqualTo(1);
    }

    @Test
    void S6_recidivism_within_a_year_allows_three_months() {
        Recidivism recidivism = new Recidivism(MISSED_ON, Optional.of(UUID.randomUUID()), Optional.of(MISSED_ON.minusMonths(11)));
        BreachCase breach = readyForDecision();

        breach.decide(suspension(LocalDate.of(2027, 5, 1), Period.ofMonths(3)), recidivism, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);

        assertThat(breach.endsOn()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(breach.capReason()).contains("Plafond de 3 mois");
        assertRule("S6", () -> readyForDecision().decide(suspension(LocalDate.of(2027, 5, 1), Period.ofMonths(4)), recidivism,
                CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));
    }

    @Test
    void S6_a_suspension_starts_after_notification_and_by_the_first_day_of_the_third_month_after_the_decision() {
        assertRule("S6", () -> readyForDecision().decide(suspension(LocalDate.of(2027, 7, 2), Period.ofMonths(1)), FIRST_BREACH,
                CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));
        assertThat(SanctionRules.latestStart(DECIDED_ON)).isEqualTo(LocalDate.of(2027, 7, 1));

        BreachCase startsTooSoon = readyForDecision();
        startsTooSoon.decide(suspension(LocalDate.of(2027, 4, 22), Period.ofMonths(1)), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        assertThat(POSTED.notifiedOn()).isEqualTo(LocalDate.of(2027, 4, 26));
        assertRule("S6", () -> startsTooSoon.notified(POSTED, UUID.randomUUID(), "worker"));
    }

    @Test
    void S6_a_partial_suspension_gives_a_percentage_or_an_amount() {
        assertRule("S6", () -> SanctionRules.requireExtent(Scope.PARTIAL, null, null));
        assertRule("S6", () -> SanctionRules.requireExtent(Scope.PARTIAL, 50, java.math.BigDecimal.TEN));
        assertRule("S6", () -> SanctionRules.requireExtent(Scope.TOTAL, 50, null));
        assertRule("S6", () -> SanctionRules.requireExtent(Scope.PARTIAL, 100, null));
        SanctionRules.requireExtent(Scope.PARTIAL, 50, null);
    }

    @Test
    void S7_a_deferred_sanction_executes_on_a_new_breach_during_the_probation() {
        BreachCase breach = readyForDecision();
        breach.decide(deferred(6), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        List<PiisEvent> events = breach.notified(POSTED, UUID.randomUUID(), "worker");

        assertThat(events).hasSize(2).last().isInstanceOf(SanctionExecutionDeferred.class);
        assertThat(breach.probationEndsOn()).isEqualTo(LocalDate.of(2027, 10, 26));
        assertRule("S7", () -> breach.executed(LocalDate.of(2027, 12, 1), LocalDate.of(2027, 11, 2), LocalDate.of(2027, 11, 10), "A new absence", "council", posted(LocalDate.of(2027, 11, 10)), UUID.randomUUID(),
                LocalDate.of(2027, 11, 10)));
        SanctionExecuted executed = breach.executed(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 8, 3), LocalDate.of(2027, 8, 20), "A new absence", "council", posted(LocalDate.of(2027, 8, 20)), UUID.randomUUID(),
                LocalDate.of(2027, 8, 20));
        assertThat(executed.suspensionFrom()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(executed.suspensionTo()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(breach.status()).isEqualTo(BreachStatus.EXECUTED);
    }

    @Test
    void S7_S8_an_execution_is_notified_with_its_reasons_and_a_tribunal_and_starts_after_its_notification() {
        BreachCase breach = readyForDecision();
        breach.decide(deferred(6), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        breach.notified(POSTED, UUID.randomUUID(), "worker");
        LocalDate decided = LocalDate.of(2027, 8, 20);
        LocalDate newBreach = LocalDate.of(2027, 8, 3);

        assertRule("S8", () -> breach.executed(LocalDate.of(2027, 9, 1), newBreach, decided, " ", "council", posted(decided), UUID.randomUUID(),
                decided));
        assertRule("S8", () -> breach.executed(LocalDate.of(2027, 9, 1), newBreach, decided, "A new absence", "council",
                Notification.posted(decided, null, null), UUID.randomUUID(), decided));
        // Posted on Friday 20 August, received on Wednesday 25 August.
        assertRule("S6", () -> breach.executed(LocalDate.of(2027, 8, 25), newBreach, decided, "A new absence", "council", posted(decided),
                UUID.randomUUID(), decided));
        assertRule("S6", () -> breach.executed(LocalDate.of(2027, 11, 2), newBreach, decided, "A new absence", "council", posted(decided),
                UUID.randomUUID(), decided));
        assertRule("X9", () -> breach.executed(LocalDate.of(2027, 9, 1), newBreach, decided, "A new absence", "council",
                posted(decided.minusDays(1)), UUID.randomUUID(), decided));
        assertThat(breach.status()).isEqualTo(BreachStatus.DEFERRED);
        breach.executed(LocalDate.of(2027, 8, 26), newBreach, decided, "A new absence", "council", posted(decided), UUID.randomUUID(), decided);
        assertThat(breach.execution().letter().notifiedOn()).isEqualTo(LocalDate.of(2027, 8, 25));
        assertThat(breach.execution().letter().appealDeadline()).isEqualTo(LocalDate.of(2027, 11, 25));
        assertThat(breach.execution().newBreachOn()).isEqualTo(newBreach);
    }

    private static Notification posted(LocalDate on) {
        return Notification.posted(on, "Tribunal du travail francophone de Bruxelles", "Place Poelaert 3, 1000 Bruxelles");
    }

    @Test
    void S7_a_deferred_sanction_lapses_at_the_end_of_the_probation() {
        BreachCase breach = readyForDecision();
        breach.decide(deferred(6), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        breach.notified(POSTED, UUID.randomUUID(), "worker");

        assertThat(breach.lapseIfProbationOver(LocalDate.of(2027, 10, 26))).isFalse();
        assertThat(breach.lapseIfProbationOver(LocalDate.of(2027, 10, 27))).isTrue();
        assertThat(breach.status()).isEqualTo(BreachStatus.CLOSED);
        assertConflict("S7", () -> breach.executed(LocalDate.of(2027, 11, 2), LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 28), "A new absence", "council", posted(LocalDate.of(2027, 10, 28)), UUID.randomUUID(),
                LocalDate.of(2027, 10, 28)));
    }

    @Test
    void S8_a_decision_is_notified_only_with_its_reasons_and_a_competent_tribunal() {
        BreachCase breach = readyForDecision();
        breach.decide(suspension(LocalDate.of(2027, 5, 1), Period.ofMonths(1)), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);

        assertRule("S8", () -> breach.notified(Notification.posted(LocalDate.of(2027, 4, 21), null, null), UUID.randomUUID(), "worker"));
        List<PiisEvent> events = breach.notified(POSTED, UUID.randomUUID(), "worker");

        assertThat(breach.appealDeadline()).isEqualTo(LocalDate.of(2027, 7, 26));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(SanctionDecided.class, decided -> {
            assertThat(decided.decision()).isEqualTo("suspension");
            assertThat(decided.scope()).isEqualTo("partial");
            assertThat(decided.percentage()).isEqualTo(50);
        });
        assertThat(events.get(1)).isInstanceOf(SanctionExecuted.class);
        assertConflict("S8", () -> breach.decide(noSanction(), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR));
    }

    @Test
    void S8_an_appeal_keeps_its_status_whatever_the_case_records_after_it() {
        BreachCase breach = readyForDecision();
        breach.decide(deferred(6), FIRST_BREACH, CPAS_KEPT_ITS_WORD, "council", TODAY, Language.FR);
        breach.notified(POSTED, UUID.randomUUID(), "worker");
        Appeal appeal = Appeal.filed(breach, LocalDate.of(2027, 5, 3), TODAY, Instant.now());

        assertThat(breach.status()).isEqualTo(BreachStatus.APPEALED);
        assertThat(breach.lapseIfProbationOver(LocalDate.of(2027, 10, 27))).isFalse();
        assertConflict("S7", () -> breach.executed(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 8, 3), LocalDate.of(2027, 8, 20), "A new absence", "council", posted(LocalDate.of(2027, 8, 20)), UUID.randomUUID(),
                LocalDate.of(2027, 8, 20)));
        assertThat(breach.status()).isEqualTo(BreachStatus.APPEALED);
        assertThat(breach.appealDecided(appeal.id(), false, LocalDate.of(2027, 9, 20))).isEmpty();
        assertThat(breach.status()).isEqualTo(BreachStatus.UPHELD);
    }

    private static BreachCase opened() {
        return BreachCase.open("21004", UUID.randomUUID(), UUID.randomUUID(), new BreachFact(Origin.EVALUATION_MISSED, UUID.randomUUID(),
                MISSED_ON, null), MISSED_ON.plusDays(1), Instant.now());
    }

    private static void noticeSent(BreachCase breach) {
        breach.noticeSent("Come to the next evaluation", MISSED_ON.plusDays(17), MISSED_ON.plusDays(2), "worker", TODAY, UUID.randomUUID());
    }

    private static BreachCase readyForDecision() {
        BreachCase breach = opened();
        noticeSent(breach);
        breach.opinionGiven("Missed once; a reminder may be enough", MISSED_ON.plusDays(6), "worker", TODAY);
        return breach;
    }

    private static DecisionProposal noSanction() {
        return new DecisionProposal(DecisionKind.NO_SANCTION, null, null, null, null, null, null, "Excused by the hearing", DECIDED_ON);
    }

    private static DecisionProposal suspension(LocalDate startsOn, Period length) {
        return new DecisionProposal(DecisionKind.SUSPENSION, Scope.PARTIAL, 50, null, startsOn, length, null, "Second absence", DECIDED_ON);
    }

    private static DecisionProposal deferred(int probationMonths) {
        return new DecisionProposal(DecisionKind.SUSPENSION, Scope.TOTAL, null, null, null, Period.ofMonths(1), probationMonths,
                "Absent without excuse; last warning", DECIDED_ON);
    }

    private static void assertRule(String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.rule()).isEqualTo(rule));
    }

    private static void assertConflict(String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class, refused -> assertThat(refused.rule()).isEqualTo(rule));
    }
}
