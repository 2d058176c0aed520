package be.cpas.piis.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Every party signed: the contract is active (C9). {@code contractType} is {@code general} or
 * {@code student}. The social workers in charge and the language of the beneficiary's letters
 * ({@code fr}, {@code nl}, {@code de}) let evaluation-service plan and convoke (E1, A1).
 */
public record ContractSigned(UUID contractId, String cpas, UUID beneficiaryId, String contractType, int version, LocalDate startDate,
                             LocalDate endDate, LocalDate signedOn, String referentWorker, String replacementWorker,
                             String language) implements PiisEvent {

    /** The same event, telling the language the beneficiary's letters are written in. */
    public ContractSigned withLanguage(String letterLanguage) {
        return new ContractSigned(contractId, cpas, beneficiaryId, contractType, version, startDate, endDate, signedOn,
                referentWorker, replacementWorker, letterLanguage);
    }

    @Override
    public UUID subjectId() {
        return contractId;
    }
}
