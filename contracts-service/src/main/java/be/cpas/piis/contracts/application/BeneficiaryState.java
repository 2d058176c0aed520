package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Beneficiary;
import java.time.LocalDate;

/** What the audit trail keeps of a beneficiary before and after each change (X4): never the NISS nor the name. */
record BeneficiaryState(boolean compulsory, boolean exempted, LocalDate risDecisionDate, LocalDate signingDeadline, String takenOverFrom,
                        LocalDate takenOverOn) {

    static BeneficiaryState of(Beneficiary beneficiary) {
        return new BeneficiaryState(beneficiary.obligation().compulsory(), beneficiary.isExempted(), beneficiary.risDecisionDate(),
                beneficiary.signingDeadline(), beneficiary.takenOverFrom(), beneficiary.takenOverOn());
    }
}
