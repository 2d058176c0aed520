package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractContent;
import be.cpas.piis.contracts.domain.Party;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.contracts.persistence.ContractRepository;
import be.cpas.piis.contracts.persistence.ContractVersions;
import be.cpas.piis.events.ContractEnded;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a social worker does with a contract: drafting, proposing, hearing, signing, following its
 * steps, ending it. Each change, its event (outbox, X7) and its audit entry (X4) commit together.
 */
@ApplicationScoped
public class ContractLifecycle {

    public static final String AUDITED_AS = "contract";

    @Inject
    ContractRepository contracts;

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    ContractVersions versions;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Inject
    ContractsConfig config;

    @Transactional
    public Contract draft(String cpas, UUID beneficiaryId, ContractContent content) {
        beneficiaries.findInCpas(beneficiaryId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.beneficiary", beneficiaryId));
        Contract contract = Contract.draft(cpas, beneficiaryId, content, clock.now());
        contracts.persist(contract);
        contracts.flush();
        audit.record(cpas, AUDITED_AS, contract.id(), "drafted", contract.draftedOn(), null, ContractState.of(contract));
        return contract;
    }

    @Transactional
    public Contract propose(String cpas, UUID contractId, LocalDate handedOverOn) {
        return change(cpas, contractId, "proposed",
                contract -> outbox.record(contract.propose(handedOverOn, clock.today(), contract.draftedOn(),
                        config.reflectionPeriod().toPeriod())),
                Contract::handedOverOn);
    }

    @Transactional
    public Contract requestHearing(String cpas, UUID contractId, LocalDate requestedOn) {
        return change(cpas, contractId, "hearingRequested", contract -> contract.requestHearing(requestedOn, clock.today()),
                Contract::hearingRequestedOn);
    }

    /** C8, A1: the day, time and place of the hearing; the audit trail keeps the day it was planned. */
    @Transactional
    public Contract planHearing(String cpas, UUID contractId, LocalDate day, LocalTime startsAt, String place) {
        return change(cpas, contractId, "hearingPlanned", contract -> contract.planHearing(day, startsAt, place, clock.today()),
                contract -> clock.today());
    }

    @Transactional
    public Contract recordHearingOutcome(String cpas, UUID contractId, LocalDate heldOn, String outcome) {
        return change(cpas, contractId, "hearingHeld", contract -> contract.recordHearingOutcome(heldOn, outcome, clock.today()),
                Contract::hearingHeldOn);
    }

    @Transactional
    public Contract sign(String cpas, UUID contractId, Party party, UUID partnerId, LocalDate signedOn) {
        return change(cpas, contractId, "signed",
                contract -> contract.sign(party, partnerId, signedOn, clock.today(), clock.now()).ifPresent(signed -> {
                    Beneficiary beneficiary = beneficiaries.findById(contract.beneficiaryId());
                    outbox.record(signed.withLanguage(Codes.of(beneficiary.language())));
                    versions.keepCurrent(contract, signed.signedOn(), clock.now());
                    beneficiary.contractSigned(signed.signedOn());
                }),
                contract -> lastSignatureDate(contract.signatures().stream().map(signature -> signature.signedOn()).toList()));
    }

    @Transactional
    public Contract completeStep(String cpas, UUID contractId, UUID stepId, LocalDate doneOn) {
        return change(cpas, contractId, "stepDone",
                contract -> contract.activeStep(stepId).markDone(doneOn, clock.today(), contract.signedOn()),
                contract -> contract.activeStep(stepId).doneOn());
    }

    @Transactional
    public Contract cancelStep(String cpas, UUID contractId, UUID stepId) {
        return change(cpas, contractId, "stepCancelled", contract -> contract.activeStep(stepId).cancel(), contract -> clock.today());
    }

    /** C10: every party agreed to an amendment; its content becomes the next version. */
    @Transactional
    public Contract applyAmendment(String cpas, UUID contractId, ContractContent content, LocalDate agreedOn) {
        return change(cpas, contractId, "amended", contract -> {
            outbox.record(contract.amend(content, agreedOn));
            versions.keepCurrent(contract, agreedOn, clock.now());
        }, contract -> agreedOn);
    }

    /** C12: the RIS ended. */
    @Transactional
    public Contract terminate(String cpas, UUID contractId, LocalDate endedOn, String reason) {
        return end(cpas, contractId, "terminated", contract -> contract.terminate(endedOn, reason, clock.today()));
    }

    /** C12: ends the contract as another service's event says (final evaluation, transfer). */
    @Transactional
    public Contract end(String cpas, UUID contractId, String action, Function<Contract, ContractEnded> ending) {
        return change(cpas, contractId, action, contract -> outbox.record(ending.apply(contract)), Contract::endedOn);
    }

    public Contract find(String cpas, UUID contractId) {
        return contracts.findInCpas(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
    }

    /**
     * The contract, about to change in any of its parts (steps, signatures, amendments): of two
     * concurrent changes, the second is a conflict (X5) and leaves nothing in the audit trail.
     */
    public Contract findForChange(String cpas, UUID contractId) {
        return contracts.findInCpasForChange(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
    }

    private Contract change(String cpas, UUID contractId, String action, Consumer<Contract> change, Function<Contract, LocalDate> factDate) {
        Contract contract = findForChange(cpas, contractId);
        ContractState before = ContractState.of(contract);
        change.accept(contract);
        contracts.flush();
        audit.record(cpas, AUDITED_AS, contractId, action, factDate.apply(contract), before, ContractState.of(contract));
        return contract;
    }

    private static LocalDate lastSignatureDate(List<LocalDate> dates) {
        return dates.stream().max(LocalDate::compareTo).orElse(null);
    }
}
