package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.ContractType;
import be.cpas.piis.contracts.domain.Goal;
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
import java.util.List;
import java.util.UUID;

/**
 * What a social worker does with a contract: drafting, proposing, signing. Each step changes the
 * contract and records its event in the outbox in one transaction (X7).
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

    public record Draft(UUID beneficiaryId, ContractType type, LocalDate startDate, LocalDate endDate,
                        String referentWorker, String replacementWorker, List<Goal> goals) {
    }

    @Transactional
    public Contract draft(String cpas, Draft draft) {
        beneficiaries.findInCpas(draft.beneficiaryId(), cpas)
                .orElseThrow(() -> new ResourceNotFoundException("Beneficiary", draft.beneficiaryId()));
        Contract contract = Contract.draft(cpas, draft.beneficiaryId(), draft.type(), draft.startDate(), draft.endDate(),
                draft.referentWorker(), draft.replacementWorker(), draft.goals(), clock.now());
        contracts.persist(contract);
        return contract;
    }

    @Transactional
    public Contract propose(String cpas, UUID contractId, LocalDate handedOverOn) {
        Contract contract = find(cpas, contractId);
        LocalDate draftedOn = LocalDate.ofInstant(contract.createdAt(), PiisClock.BRUSSELS);
        outbox.record(contract.propose(handedOverOn, clock.today(), draftedOn, config.reflectionPeriod().toPeriod()));
        contracts.flush();
        return contract;
    }

    @Transactional
    public Contract sign(String cpas, UUID contractId, Party party, LocalDate signedOn) {
        Contract contract = find(cpas, contractId);
        contract.sign(party, signedOn, clock.today(), clock.now()).ifPresent(outbox::record);
        contracts.flush();
        return contract;
    }

    public Contract find(String cpas, UUID contractId) {
        return contracts.findInCpas(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("Contract", contractId));
    }
}
