package be.cpas.piis.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.contracts.domain.PiisObligation.Reason;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PiisObligationTest {

    private static final LocalDate GRANTED = LocalDate.of(2026, 11, 2);
    private static final LocalDate BORN_1985 = LocalDate.of(1985, 7, 30);

    @Test
    void C1_compulsory_under_25() {
        assertThat(PiisObligation.of(LocalDate.of(2002, 1, 10), GRANTED, LocalDate.of(2026, 10, 1), null, null))
                .isEqualTo(new PiisObligation(true, Reason.UNDER_TWENTY_FIVE));
    }

    @Test
    void C1_compulsory_for_a_first_ris() {
        assertThat(PiisObligation.of(BORN_1985, GRANTED, null, null, null)).isEqualTo(new PiisObligation(true, Reason.FIRST_RIS));
    }

    @Test
    void C1_compulsory_again_after_more_than_three_months_without_ris_nor_cpas_employment() {
        assertThat(PiisObligation.of(BORN_1985, GRANTED, LocalDate.of(2026, 7, 1), null, null))
                .isEqualTo(new PiisObligation(true, Reason.RETURNING_AFTER_THREE_MONTHS));
        assertThat(PiisObligation.of(BORN_1985, GRANTED, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30), null))
                .isEqualTo(new PiisObligation(false, Reason.CONTINUING_RIS));
        assertThat(PiisObligation.of(BORN_1985, GRANTED, LocalDate.of(2026, 8, 15), null, null))
                .isEqualTo(new PiisObligation(false, Reason.CONTINUING_RIS));
    }

    @Test
    void C1_optional_for_a_ris_granted_before_november_2016_to_someone_over_25() {
        assertThat(PiisObligation.of(BORN_1985, LocalDate.of(2016, 10, 31), null, null, null).compulsory()).isFalse();
    }

    @Test
    void T2_C1_a_beneficiary_taken_over_from_another_cpas_is_no_new_one_and_under_25_has_three_months_from_the_move() {
        LocalDate movedOn = LocalDate.of(2027, 6, 10);

        assertThat(PiisObligation.of(BORN_1985, GRANTED, null, null, movedOn)).isEqualTo(new PiisObligation(false, Reason.TAKEN_OVER));
        assertThat(new Beneficiary("62063", "85073003328", "Ana", "Peeters", BORN_1985, Language.FR, null, false, GRANTED, null, null,
                "21004", movedOn, Instant.now()).signingDeadline()).isNull();
        Beneficiary young = new Beneficiary("62063", "02011000168", "Lucas", "Lambert", LocalDate.of(2002, 1, 10), Language.FR, null, false,
                GRANTED, null, null, "21004", movedOn, Instant.now());
        assertThat(young.obligation()).isEqualTo(new PiisObligation(true, Reason.UNDER_TWENTY_FIVE));
        assertThat(young.signingDeadline()).isEqualTo(movedOn.plusMonths(3));
    }

    @Test
    void C1_the_deadline_is_three_months_after_the_ris_decision_and_a_signed_contract_meets_it() {
        Beneficiary beneficiary = firstRis();
        assertThat(beneficiary.signingDeadline()).isEqualTo(LocalDate.of(2027, 2, 2));

        beneficiary.contractSigned(LocalDate.of(2026, 12, 10));

        assertThat(beneficiary.signingDeadline()).isNull();
        assertThat(beneficiary.reportIfDeadlineMissed(LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void C1_a_missed_deadline_is_reported_once() {
        Beneficiary beneficiary = firstRis();

        assertThat(beneficiary.reportIfDeadlineMissed(LocalDate.of(2027, 2, 2))).isFalse();
        assertThat(beneficiary.reportIfDeadlineMissed(LocalDate.of(2027, 2, 3))).isTrue();
        assertThat(beneficiary.reportIfDeadlineMissed(LocalDate.of(2027, 2, 4))).isFalse();
    }

    @Test
    void C2_an_exemption_stops_the_deadline_and_lifting_it_restarts_the_clock() {
        Beneficiary beneficiary = firstRis();
        Exemption exemption = Exemption.grant(beneficiary, ExemptionGround.HEALTH, "Long hospital stay", "Council of 4 December",
                LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4), Instant.now());
        assertThat(beneficiary.signingDeadline()).isNull();
        assertThatThrownBy(() -> Exemption.grant(beneficiary, ExemptionGround.EQUITY, "twice", "Council",
                LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5), Instant.now()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).isEqualTo("C2"));

        exemption.lift(beneficiary, LocalDate.of(2027, 4, 15), LocalDate.of(2027, 4, 15));

        assertThat(beneficiary.signingDeadline()).isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(exemption.granted().ground()).isEqualTo("health");
        assertThatThrownBy(() -> exemption.lift(beneficiary, LocalDate.of(2027, 4, 16), LocalDate.of(2027, 4, 16)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.rule()).isEqualTo("C2"));
    }

    @Test
    void C2_the_ground_working_with_a_complement_travels_as_a_lower_camel_case_code() {
        Exemption exemption = Exemption.grant(firstRis(), ExemptionGround.WORKING_WITH_COMPLEMENT, "Part-time job", "Council",
                GRANTED, GRANTED, Instant.now());

        assertThat(exemption.granted().ground()).isEqualTo("workingWithComplement");
    }

    private static Beneficiary firstRis() {
        return new Beneficiary("21004", "85073003328", "Ana", "Peeters", BORN_1985, Language.FR, GRANTED, null, null, Instant.now());
    }
}
