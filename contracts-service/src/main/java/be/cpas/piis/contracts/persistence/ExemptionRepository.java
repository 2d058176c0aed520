package be.cpas.piis.contracts.persistence;

import be.cpas.piis.contracts.domain.Exemption;
import be.cpas.piis.platform.persistence.CpasScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ExemptionRepository implements CpasScopedRepository<Exemption> {

    /** A beneficiary's exemptions, the latest decided first; another CPAS's beneficiary has none. */
    public List<Exemption> ofBeneficiary(String cpas, UUID beneficiaryId) {
        return list("cpas = ?1 and beneficiaryId = ?2 order by decidedOn desc, createdAt desc", cpas, beneficiaryId);
    }
}
