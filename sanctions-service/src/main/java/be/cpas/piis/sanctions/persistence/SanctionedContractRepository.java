package be.cpas.piis.sanctions.persistence;

import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import be.cpas.piis.sanctions.domain.SanctionedContract;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SanctionedContractRepository implements CpasScopedRepository<SanctionedContract> {

    /** The language of the beneficiary's letters, French when the contract did not say. */
    public Language languageOf(UUID contractId) {
        return findByIdOptional(contractId).map(SanctionedContract::language).orElse(Language.FR);
    }
}
