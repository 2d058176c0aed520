package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Contact;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A social worker records where a beneficiary lives and how to reach them: every letter goes to that address (A4). */
@ApplicationScoped
public class RecordingContact {

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    PiisClock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public Beneficiary record(String cpas, UUID beneficiaryId, Contact contact) {
        Beneficiary beneficiary = beneficiaries.findInCpasForChange(beneficiaryId, cpas)
                .orElseThrow(() -> new ResourceNotFoundException("resource.beneficiary", beneficiaryId));
        Contact before = beneficiary.contact();
        beneficiary.contactChanged(contact);
        audit.record(cpas, RegisteringBeneficiary.AUDITED_AS, beneficiaryId, "contactRecorded", clock.today(), before, contact);
        return beneficiary;
    }
}
