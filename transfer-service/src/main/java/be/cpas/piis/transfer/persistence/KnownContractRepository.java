package be.cpas.piis.transfer.persistence;

import be.cpas.piis.platform.persistence.CpasScopedRepository;
import be.cpas.piis.transfer.domain.KnownContract;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class KnownContractRepository implements CpasScopedRepository<KnownContract> {
}
