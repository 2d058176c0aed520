package be.cpas.piis.sanctions.persistence;

import be.cpas.piis.platform.persistence.CpasScopedRepository;
import be.cpas.piis.sanctions.domain.SanctionedContract;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SanctionedContractRepository implements CpasScopedRepository<SanctionedContract> {
}
