package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractContent;
import be.cpas.piis.contracts.domain.Party;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.contracts.persistence.ContractRepository;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a social worker does with a contract: drafting, proposing, hearing, signing, following its
 * steps, ending it. Each step changes the contract and records its event in the outbox in one
 * transaction (X7).
 */
@ApplicationScoped
public class ContractLifecycle {

    @Inject
    ContractRepository contracts;

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    Outbox outbox;

    @Inject
    PiisClock clock;

    @Inject
    ContractsConfig config;

    @Transactional
    public Contract draft(String cpas, UUID beneficiaryId, ContractContent content) {
        beneficiaries.findInCpas(beneficiaryId, cpas).orElseThrow(() -> new ResourceNotFoundException("Beneficiary", beneficiaryId));
        Contract contract = Contract.draft(cpas, beneficiaryId, content, clock.now());
        contracts.persist(contract);
        return contract;
    }

    @Transactional
    public Contract propose(String cpas, UUID contractId, LocalDate handedOverOn) {
        Contract contract = find(cpas, contractId);
        outbox.record(contract.propose(handedOverOn, clock.today(), contract.draftedOn(), config.reflectionPeriod().toPeriod()));
        contracts.flush();
        return contract;
    }

    @Transactional
    public Contract requestHearing(String cpas, UUID contractId, LocalDate requestedOn) {
        Contract contract = find(cpas, contractId);
        contract.requestHearing(requestedOn, clock.today());
        contracts.flush();
        return contract;
    }

    @Transactional
    public Contract recordHearingOutcome(String cpas, UUID contractId, LocalDate heldOn, String outcome) {
        Contract contract = find(cpas, contractId);
        contract.recordHearingOutcome(heldOn, outcome, clock.today());
        contracts.flush();
        return contract;
    }

    @Transactional
    public Contract sign(String cpas, UUID contractId, Party party, UUID partnerId, LocalDate signedOn) {
        Contract contract = find(cpas, contractId);
        contract.sign(party, partnerId, signedOn, clock.today(), clock.now()).ifPresent(signed -> {
            outbox.record(signed);
            beneficiaries.findById(contract.beneficiaryId()).contractSigned(signed.signedOn());
        });
        contracts.flush();
        return contract;
    }

    @Transactional
    public Contract completeStep(String cpas, UUID contractId, UUID stepId, LocalDate doneOn) {
        Contract contract = find(cpas, contractId);
        contract.activeStep(stepId).markDone(doneOn, clock.today(), contract.signedOn());
        contracts.flush();
        return contract;
    }

    @Transactional
    public Contract cancelStep(String cpas, UUID contractId, UUID stepId) {
        Contract contract = find(cpas, contractId);
        contract.activeStep(stepId).cancel();
        contracts.flush();
        return contract;
    }

    /** C12: the RIS ended. */
    @Transactional
    public Contract terminate(String cpas, UUID contractId, LocalDate endedOn, String reason) {
        Contract contract = find(cpas, contractId);
        outbox.record(contract.terminate(endedOn, reason, clock.today()));
        contracts.flush();
        return contract;
    }

    public Contract find(String cpas, UUID contractId) {
        return contracts.findInCpas(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("Contract", contractId));
    }
}
