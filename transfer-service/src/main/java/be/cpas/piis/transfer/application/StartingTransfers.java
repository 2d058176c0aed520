package be.cpas.piis.transfer.application;

import be.cpas.piis.events.ContractEnded;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.transfer.domain.KnownContract;
import be.cpas.piis.transfer.domain.OutgoingTransfer;
import be.cpas.piis.transfer.persistence.KnownContractRepository;
import be.cpas.piis.transfer.persistence.OutgoingTransferRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** T1, T3, T4: the CPAS the beneficiary leaves records the move; its transfer is announced with TransferRequested. */
@ApplicationScoped
public class StartingTransfers {

    static final String AUDITED_AS = "transfer";

    @Inject
    KnownContractRepository contracts;

    @Inject
    OutgoingTransferRepository transfers;

    @Inject
    CpasDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractSigned(ContractSigned signed) {
        if (contracts.findByIdOptional(signed.contractId()).isEmpty()) {
            contracts.persist(new KnownContract(signed.contractId(), signed.cpas(), signed.beneficiaryId(), "student".equals(signed.contractType()),
                    signed.signedOn()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contractEnded(ContractEnded ended) {
        contracts.findByIdOptional(ended.contractId()).ifPresent(contract -> contract.ended(ended.outcome(), ended.endedOn()));
    }

    /** T1, T3, T4: the beneficiary moved to the municipality of {@code toCpas} on {@code movedOn}. */
    @Transactional
    public OutgoingTransfer start(String cpas, UUID contractId, String toCpas, LocalDate movedOn, boolean beneficiaryRefused,
                                  LocalDate studiesEndedOn) {
        KnownContract contract = contracts.findInCpas(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
        if (directory.find(toCpas).isEmpty()) {
            throw new RuleViolationException("T1", Wording.of("transfer.toCpasUnknown", toCpas));
        }
        transfers.underWayFor(contractId).ifPresent(underWay -> {
            throw new ConflictException("T1", Wording.of("transfer.alreadyUnderWay", underWay.toCpas()));
        });
        OutgoingTransfer transfer = OutgoingTransfer.start(contract, toCpas, movedOn, beneficiaryRefused, studiesEndedOn, clock.today(),
                clock.now());
        transfers.persist(transfer);
        outbox.record(transfer.requested());
        transfer.refusedByBeneficiary().ifPresent(outbox::record);
        Map<String, Object> after = new HashMap<>(Map.of("toCpas", toCpas, "movedOn", transfer.movedOn(), "beneficiaryRefused", beneficiaryRefused));
        if (transfer.studiesEndedOn() != null) {
            after.put("studiesEndedOn", transfer.studiesEndedOn());
        }
        audit.record(cpas, AUDITED_AS, transfer.id(), "requested", transfer.movedOn(), null, after);
        return transfer;
    }

    /** X4: every change of the transfer. */
    @Transactional
    public List<AuditTrail.Entry> auditTrail(String cpas, UUID transferId) {
        return audit.of(cpas, AUDITED_AS, find(cpas, transferId).id());
    }

    public OutgoingTransfer find(String cpas, UUID transferId) {
        return transfers.findInCpas(transferId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.transfer", transferId));
    }
}
