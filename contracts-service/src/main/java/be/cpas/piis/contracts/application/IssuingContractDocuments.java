package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.document.ContractDocument;
import be.cpas.piis.contracts.document.ContractDocumentRenderer;
import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.contracts.persistence.ContractRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.FactDates;
import be.cpas.piis.platform.time.PiisClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * C9: the beneficiary's copy of a contract, as a PDF in the language asked for, else in the
 * beneficiary's own. The contract is read in a transaction and rendered after it, so that no
 * database connection waits for the PDF.
 */
@ApplicationScoped
public class IssuingContractDocuments {

    /** How the documents kept under a contract name the copies handed to the beneficiary. */
    public static final String COPY_KIND = "contractCopy";

    @Inject
    ContractRepository contracts;

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    ContractsConfig config;

    @Inject
    PiisClock clock;

    @Inject
    ContractDocumentRenderer renderer;

    @Inject
    SentDocuments archive;

    @Inject
    CpasSettingsStore settings;

    @Inject
    AuditTrail audit;

    /** A rendered copy and the language it is written in. */
    public record IssuedDocument(byte[] pdf, Language language) {
    }

    /** The copy of a contract of {@code cpas} (X1: another CPAS's contract is not found). */
    public IssuedDocument issue(String cpas, UUID contractId, Optional<Language> asked) {
        ContractDocument document = QuarkusTransaction.joiningExisting().call(() -> read(cpas, contractId));
        Language language = asked.orElse(document.beneficiary().language());
        return new IssuedDocument(renderer.pdf(document, language, settings.of(cpas).letterhead(language)), language);
    }

    /**
     * A3: renders the copy handed to the beneficiary on {@code handedOverOn} (X9) and keeps it, byte
     * for byte, with its SHA-256, so that what the beneficiary received can be proved later.
     */
    public SentDocument handOver(String cpas, UUID contractId, Optional<Language> asked, LocalDate handedOverOn) {
        IssuedDocument issued = issue(cpas, contractId, asked);
        return QuarkusTransaction.requiringNew().call(() -> {
            Contract contract = contracts.findInCpas(contractId, cpas)
                    .orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
            LocalDate day = FactDates.check("handedOverOn", handedOverOn, clock.today(), contract.draftedOn(), Wording.of("factStep.draft"));
            SentDocument kept = archive.keep(cpas, contractId, contract.contentVersion(), COPY_KIND, issued.language(), day, issued.pdf());
            audit.record(cpas, ContractLifecycle.AUDITED_AS, contractId, "documentHandedOver", day, null, kept);
            return kept;
        });
    }

    /** A3: the copies handed over for a contract of {@code cpas}, oldest first (X1: another CPAS's contract is not found). */
    public List<SentDocument> handedOver(String cpas, UUID contractId) {
        requireContract(cpas, contractId);
        return archive.of(contractId).stream().filter(kept -> COPY_KIND.equals(kept.kind())).toList();
    }

    /** A3: a copy exactly as it was handed over. */
    public byte[] handedOverCopy(String cpas, UUID contractId, UUID documentId) {
        return handedOver(cpas, contractId).stream().filter(kept -> kept.id().equals(documentId)).findFirst()
                .flatMap(kept -> archive.content(contractId, documentId))
                .orElseThrow(() -> new ResourceNotFoundException("resource.document", documentId));
    }

    private void requireContract(String cpas, UUID contractId) {
        contracts.findInCpas(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
    }

    private ContractDocument read(String cpas, UUID contractId) {
        Contract contract = contracts.findInCpas(contractId, cpas)
                .orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
        Beneficiary beneficiary = beneficiaries.findInCpas(contract.beneficiaryId(), cpas)
                .orElseThrow(() -> new ResourceNotFoundException("resource.beneficiary", contract.beneficiaryId()));
        return ContractDocument.of(contract, beneficiary, config.reflectionPeriod().toPeriod(), clock.today());
    }
}
