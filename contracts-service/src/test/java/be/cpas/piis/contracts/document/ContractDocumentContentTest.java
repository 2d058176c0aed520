package be.cpas.piis.contracts.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.cpas.piis.contracts.document.ContractDocument.CommitmentLine;
import be.cpas.piis.contracts.document.ContractDocument.Signatory;
import be.cpas.piis.contracts.document.ContractDocument.State;
import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Commitment;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractContent;
import be.cpas.piis.contracts.domain.ContractType;
import be.cpas.piis.contracts.domain.Goal;
import be.cpas.piis.contracts.domain.GoalKind;
import be.cpas.piis.contracts.domain.Partner;
import be.cpas.piis.contracts.domain.Party;
import be.cpas.piis.contracts.domain.ReflectionPeriod;
import be.cpas.piis.contracts.domain.Step;
import be.cpas.piis.contracts.domain.StudentCommitment;
import be.cpas.piis.platform.document.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a contract's document shows, taken from the contract and its beneficiary without Quarkus. */
class ContractDocumentContentTest {

    private static final ReflectionPeriod REFLECTION = new ReflectionPeriod(5, ReflectionPeriod.Unit.WORKING_DAYS);
    // Handed over on Monday 23 November 2026: the beneficiary reflects until Monday 30 November.
    private static final LocalDate HANDED_OVER = LocalDate.of(2026, 11, 23);
    private static final LocalDate SIGNED = LocalDate.of(2026, 12, 1);
    private static final Beneficiary ANA = new Beneficiary("21004", "85073003328", "Ana", "Peeters", LocalDate.of(1985, 7, 30),
            Language.NL, null, null, null, Instant.parse("2026-11-02T09:00:00Z"));

    @Test
    void C9_a_contract_signed_by_every_party_is_shown_as_signed_with_each_signature_day() {
        Contract contract = contract(ContractType.GENERAL, GoalKind.PROFESSIONAL, new Partner("Bruxelles Formation", "Train Ana"));
        contract.propose(HANDED_OVER, HANDED_OVER, HANDED_OVER, REFLECTION);
        contract.sign(Party.CPAS, null, SIGNED, SIGNED, Instant.now());
        contract.sign(Party.PARTNER, contract.partners().get(0).id(), SIGNED, SIGNED, Instant.now());
        contract.sign(Party.BENEFICIARY, null, SIGNED.plusDays(1), SIGNED.plusDays(1), Instant.now());

        ContractDocument document = ContractDocument.of(contract, ANA, REFLECTION, SIGNED.plusDays(1));

        assertThat(document.state()).isEqualTo(State.SIGNED);
        assertThat(document.beneficiary().fullName()).isEqualTo("Ana Peeters");
        assertThat(document.beneficiary().language()).isEqualTo(Language.NL);
        assertThat(document.reflection().endsOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(document.signatories()).extracting(Signatory::party, Signatory::name, Signatory::signedOn).containsExactly(
                tuple(Party.BENEFICIARY, "Ana Peeters", SIGNED.plusDays(1)),
                tuple(Party.CPAS, null, SIGNED),
                tuple(Party.PARTNER, "Bruxelles Formation", SIGNED));
    }

    @Test
    void C11_a_students_standard_commitments_are_recognised_for_translation_and_grouped_before_the_cpass() {
        Contract contract = contract(ContractType.STUDENT, GoalKind.STUDIES);

        ContractDocument document = ContractDocument.of(contract, ANA, REFLECTION, HANDED_OVER);

        assertThat(document.state()).isEqualTo(State.DRAFT);
        assertThat(document.reflection().handedOverOn()).isNull();
        assertThat(document.commitments()).extracting(ContractDocument.CommitmentGroup::party).containsExactly(Party.BENEFICIARY, Party.CPAS);
        assertThat(document.commitments().get(0).lines()).extracting(CommitmentLine::standard)
                .containsExactly(StudentCommitment.values());
        assertThat(document.commitments().get(1).lines()).extracting(CommitmentLine::description, CommitmentLine::standard)
                .containsExactly(tuple("Pay the enrolment fee", null));
    }

    private static Contract contract(ContractType type, GoalKind kind, Partner... partners) {
        Goal goal = new Goal(kind, "Pass the first year", List.of(new Step("Enrol", Party.BENEFICIARY, HANDED_OVER.plusDays(20))));
        return Contract.draft("21004", ANA.id(), new ContractContent(type, HANDED_OVER, HANDED_OVER.plusYears(1), "Marie Dubois",
                "Jan Claes", null, List.of(goal), List.of(new Commitment(Party.CPAS, "Pay the enrolment fee")), List.of(partners)),
                HANDED_OVER.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
