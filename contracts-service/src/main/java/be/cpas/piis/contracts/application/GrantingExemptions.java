package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Exemption;
import be.cpas.piis.contracts.domain.ExemptionGround;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.contracts.persistence.ExemptionRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** C2: the CPAS decides that a beneficiary needs no PIIS, and may lift that decision later. */
@ApplicationScoped
public class GrantingExemptions {

    @Inject
    ExemptionRepository exemptions;

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional
    public Exemption grant(String cpas, UUID beneficiaryId, ExemptionGround ground, String justification, String decidedBy,
                           LocalDate decidedOn) {
        Beneficiary beneficiary = beneficiaries.findInCpas(beneficiaryId, cpas)
                .orElseThrow(() -> new ResourceNotFoundException("resource.beneficiary", beneficiaryId));
        BeneficiaryState before = BeneficiaryState.of(beneficiary);
        Exemption exemption = Exemption.grant(beneficiary, ground, justification, decidedBy, decidedOn, clock.today(), clock.now());
        exemptions.persist(exemption);
        outbox.record(exemption.granted());
        beneficiaries.flush();
        audit.record(cpas, RegisteringBeneficiary.AUDITED_AS, beneficiaryId, "exemptionGranted", exemption.decidedOn(), before,
                BeneficiaryState.of(beneficiary));
        return exemption;
    }

    @Transactional
    public Exemption lift(String cpas, UUID exemptionId, LocalDate liftedOn) {
        Exemption exemption = find(cpas, exemptionId);
        Beneficiary beneficiary = beneficiaries.findById(exemption.beneficiaryId());
        BeneficiaryState before = BeneficiaryState.of(beneficiary);
        exemption.lift(beneficiary, liftedOn, clock.today());
        exemptions.flush();
        audit.record(cpas, RegisteringBeneficiary.AUDITED_AS, beneficiary.id(), "exemptionLifted", exemption.liftedOn(), before,
                BeneficiaryState.of(beneficiary));
        return exemption;
    }

    public List<Exemption> ofBeneficiary(String cpas, UUID beneficiaryId) {
        return exemptions.ofBeneficiary(cpas, beneficiaryId);
    }

    public Exemption find(String cpas, UUID exemptionId) {
        return exemptions.findInCpas(exemptionId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.exemption", exemptionId));
    }
}
