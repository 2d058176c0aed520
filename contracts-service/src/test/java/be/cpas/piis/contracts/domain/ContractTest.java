package be.cpas.piis.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.events.ContractProposed;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final ReflectionPeriod FIVE_WORKING_DAYS = new ReflectionPeriod(5, ReflectionPeriod.Unit.WORKING_DAYS);
    // Monday 23 November 2026: five working days end on Monday 30 November.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void C4_a_contract_without_a_replacement_worker_cannot_be_proposed() {
        Contract contract = draft("Marie Dubois", null);

        assertThatThrownBy(() -> contract.propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("C4"));
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void C7_proposal_starts_a_reflection_period_of_five_working_days() {
        Contract contract = draft("Marie Dubois", "Jan Peeters");

        ContractProposed proposed = contract.propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS);

        assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);
        assertThat(proposed.reflectionEndsOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(contract.reflectionEndsOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void C7_a_signature_inside_the_reflection_period_is_refused_even_on_its_last_day() {
        Contract contract = proposed();

        for (LocalDate day : List.of(MONDAY, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30))) {
            assertThatThrownBy(() -> contract.sign(Party.BENEFICIARY, day, day, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("C7"));
        }
        assertThat(contract.signatures()).isEmpty();
    }

    @Test
    void C7_calendar_days_when_configured() {
        Contract contract = draft("Marie Dubois", "Jan Peeters");

        contract.propose(MONDAY, MONDAY, MONDAY, new ReflectionPeriod(5, ReflectionPeriod.Unit.CALENDAR_DAYS));

        assertThat(contract.reflectionEndsOn()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void C9_the_contract_is_active_once_the_beneficiary_and_the_cpas_signed() {
        Contract contract = proposed();
        LocalDate tuesday = LocalDate.of(2026, 12, 1);

        Optional<ContractSigned> afterBeneficiary = contract.sign(Party.BENEFICIARY, tuesday, tuesday, NOW);
        assertThat(afterBeneficiary).isEmpty();
        assertThat(contract.status()).isEqualTo(ContractStatus.PROPOSED);

        Optional<ContractSigned> afterCpas = contract.sign(Party.CPAS, tuesday, tuesday, NOW);
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(afterCpas).hasValueSatisfying(signed -> {
            assertThat(signed.contractId()).isEqualTo(contract.id());
            assertThat(signed.signedOn()).isEqualTo(tuesday);
            assertThat(signed.startDate()).isEqualTo(contract.startDate());
            assertThat(signed.endDate()).isEqualTo(contract.endDate());
        });
    }

    @Test
    void C9_a_party_signs_once_and_a_draft_cannot_be_signed() {
        Contract contract = proposed();
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        contract.sign(Party.BENEFICIARY, tuesday, tuesday, NOW);

        assertThatThrownBy(() -> contract.sign(Party.BENEFICIARY, tuesday, tuesday, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).isEqualTo("C9"));
        Contract draft = draft("Marie Dubois", "Jan Peeters");
        assertThatThrownBy(() -> draft.sign(Party.CPAS, tuesday, tuesday, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).isEqualTo("C9"));
    }

    @Test
    void C6_no_partner_signature_where_no_partner_takes_part() {
        Contract contract = proposed();
        LocalDate tuesday = LocalDate.of(2026, 12, 1);

        assertThatThrownBy(() -> contract.sign(Party.PARTNER, tuesday, tuesday, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("C6"));
    }

    @Test
    void X9_a_signature_dated_in_the_future_or_before_the_handover_is_refused() {
        Contract contract = proposed();
        LocalDate tuesday = LocalDate.of(2026, 12, 1);

        assertThatThrownBy(() -> contract.sign(Party.CPAS, tuesday.plusDays(1), tuesday, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("X9"));
        assertThatThrownBy(() -> contract.sign(Party.CPAS, MONDAY.minusDays(1), tuesday, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("X9"));
    }

    @Test
    void X9_a_late_recorded_signature_keeps_its_paper_date() {
        Contract contract = proposed();
        LocalDate signedOnPaper = LocalDate.of(2026, 12, 1);
        LocalDate recordedOn = LocalDate.of(2026, 12, 10);

        contract.sign(Party.BENEFICIARY, signedOnPaper, recordedOn, NOW);
        contract.sign(Party.CPAS, signedOnPaper, recordedOn, NOW);

        assertThat(contract.signedOn()).isEqualTo(signedOnPaper);
    }

    @Test
    void X9_a_draft_cannot_be_handed_over_before_it_was_drafted() {
        Contract contract = draft("Marie Dubois", "Jan Peeters");

        assertThatThrownBy(() -> contract.propose(MONDAY.minusDays(1), MONDAY, MONDAY, FIVE_WORKING_DAYS))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("X9"));
    }

    @Test
    void C3_a_contract_ends_after_it_starts_and_is_proposed_with_a_goal() {
        assertThatThrownBy(() -> Contract.draft("21004", UUID.randomUUID(), ContractType.GENERAL, MONDAY, MONDAY,
                "Marie Dubois", "Jan Peeters", List.of(), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("C3"));
        Contract withoutGoal = Contract.draft("21004", UUID.randomUUID(), ContractType.GENERAL, MONDAY, MONDAY.plusYears(1),
                "Marie Dubois", "Jan Peeters", List.of(), NOW);
        assertThatThrownBy(() -> withoutGoal.propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("C3"));
    }

    private static Contract proposed() {
        Contract contract = draft("Marie Dubois", "Jan Peeters");
        contract.propose(MONDAY, MONDAY, MONDAY, FIVE_WORKING_DAYS);
        return contract;
    }

    private static Contract draft(String referent, String replacement) {
        Goal goal = new Goal(GoalKind.PROFESSIONAL, "Find a job in logistics",
                List.of(new Step("Register with Actiris", Party.BENEFICIARY, MONDAY.plusMonths(1))));
        return Contract.draft("21004", UUID.randomUUID(), ContractType.GENERAL, MONDAY, MONDAY.plusYears(1),
                referent, replacement, List.of(goal), NOW);
    }
}
