package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Exemption;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ExemptionRepository implements CpasScopedRepository<Exemption> {
}
