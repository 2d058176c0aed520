package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Amendment;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.domain.Party;
import be.cpas.piis.contracts.domain.VersionContent;
import be.cpas.piis.contracts.persistence.AmendmentRepository;
import be.cpas.piis.contracts.persistence.ContractVersions;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.json.JsonDiff;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.PiisClock;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * C10: either side asks to amend an active contract; once every party agreed, the amendment's
 * content becomes the next version, ContractAmended is published, and every version stays readable.
 */
@ApplicationScoped
public class AmendingContract {

    @Inject
    ContractLifecycle lifecycle;

    @Inject
    AmendmentRepository amendments;

    @Inject
    ContractVersions versions;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional
    public Amendment propose(String cpas, UUID contractId, String reason, VersionContent content, LocalDate proposedOn) {
        Contract contract = lifecycle.findForChange(cpas, contractId);
        if (amendments.hasPending(contractId)) {
            throw new ConflictException("C10", Wording.of("amendment.pending"));
        }
        content.toContent(contract.type()).requireComplete();
        Amendment amendment = new Amendment(contract, reason, versions.write(content), proposedOn, clock.today());
        amendments.persist(amendment);
        amendments.flush();
        audit.record(cpas, ContractLifecycle.AUDITED_AS, contractId, "amendmentProposed", amendment.proposedOn(), null, content);
        return amendment;
    }

    @Transactional
    public Amendment agree(String cpas, UUID contractId, UUID amendmentId, Party party, UUID partnerId, LocalDate agreedOn) {
        // The contract changes with each agreement: two parties agreeing at once cannot both see themselves as not the last.
        Contract contract = lifecycle.findForChange(cpas, contractId);
        Amendment amendment = find(cpas, contractId, amendmentId);
        if (amendment.agree(contract, party, partnerId, agreedOn, clock.today(), clock.now())) {
            Contract amended = lifecycle.applyAmendment(cpas, contractId,
                    versions.parse(amendment.content()).toContent(contract.type()), amendment.agreedOn());
            amendment.madeVersion(amended.contentVersion());
        }
        amendments.flush();
        return amendment;
    }

    public Amendment find(String cpas, UUID contractId, UUID amendmentId) {
        lifecycle.find(cpas, contractId);
        return amendments.findOfContract(amendmentId, contractId).orElseThrow(() -> new ResourceNotFoundException("resource.amendment", amendmentId));
    }

    public List<Amendment> amendments(String cpas, UUID contractId) {
        lifecycle.find(cpas, contractId);
        return amendments.ofContract(contractId);
    }

    public List<ContractVersions.VersionSummary> versions(String cpas, UUID contractId) {
        lifecycle.find(cpas, contractId);
        return versions.list(contractId);
    }

    public JsonNode version(String cpas, UUID contractId, int version) {
        lifecycle.find(cpas, contractId);
        return versions.read(contractId, version).orElseThrow(() -> new ResourceNotFoundException("resource.version", version));
    }

    public List<JsonDiff.Change> diff(String cpas, UUID contractId, int from, int to) {
        return JsonDiff.between(version(cpas, contractId, from), version(cpas, contractId, to));
    }
}
