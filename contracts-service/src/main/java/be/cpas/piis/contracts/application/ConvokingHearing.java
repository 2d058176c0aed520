package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.document.HearingConvocation;
import be.cpas.piis.contracts.document.HearingConvocationRenderer;
import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.contracts.persistence.ContractRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.CalendarInvitation;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.document.SentDocuments.SentDocument;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.settings.CpasSettings;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * C8, A1, A3: the convocation to the hearing before the Council, as a letter in the beneficiary's
 * language and as a calendar event, and each letter sent, kept byte for byte under the contract.
 */
@ApplicationScoped
public class ConvokingHearing {

    /** How the letters kept under a contract name a convocation to its hearing. */
    public static final String LETTER_KIND = "hearingConvocation";

    @Inject
    ContractRepository contracts;

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    HearingConvocationRenderer renderer;

    @Inject
    SentDocuments archive;

    @Inject
    AuditTrail audit;

    @Inject
    ContractsConfig config;

    @Inject
    CpasSettingsStore settings;

    @Inject
    PiisClock clock;

    /** A letter in the language asked for, else the beneficiary's. */
    public record RenderedLetter(byte[] pdf, Language language) {
    }

    @Transactional
    public RenderedLetter letter(String cpas, UUID contractId, Optional<Language> asked) {
        Contract contract = planned(cpas, contractId);
        Beneficiary beneficiary = beneficiaryOf(contract);
        Language language = asked.orElse(beneficiary.language());
        HearingConvocation convocation = HearingConvocation.of(contract, beneficiary, settings.of(cpas).letterhead(language), clock.today());
        return new RenderedLetter(renderer.pdf(convocation, language), language);
    }

    /**
     * A1: the hearing as an iCalendar event in the beneficiary's language, sent by the CPAS's sender
     * (X12) and named by the contract so that a calendar updates it when the hearing moves.
     */
    @Transactional
    public byte[] calendarEvent(String cpas, UUID contractId) {
        Contract contract = planned(cpas, contractId);
        Language language = beneficiaryOf(contract).language();
        CpasSettings cpasSettings = settings.of(cpas);
        return new CalendarInvitation(contract.id(), contract.hearingPlannedOn().atTime(contract.hearingStartsAt()).atZone(PiisClock.BRUSSELS),
                config.hearings().duration(), renderer.calendarSummary(language, cpasSettings.name(language)), contract.hearingPlace(),
                "PIIS " + contract.id(), cpasSettings.senderEmail()).toIcs(clock.now());
    }

    /** A3, X9: the convocation went out on {@code sentOn} (today when absent); that very letter is kept, with its SHA-256. */
    @Transactional
    public SentDocument sent(String cpas, UUID contractId, Optional<Language> asked, LocalDate sentOn) {
        RenderedLetter letter = letter(cpas, contractId, asked);
        LocalDate day = find(cpas, contractId).hearingConvocationSent(sentOn, clock.today());
        SentDocument sent = archive.keep(cpas, contractId, LETTER_KIND, letter.language(), day, letter.pdf());
        audit.record(cpas, ContractLifecycle.AUDITED_AS, contractId, "hearingConvocationSent", day, null,
                Map.of("letterId", sent.id(), "sha256", sent.sha256(), "language", sent.language()));
        return sent;
    }

    /** A3: the convocations to hearings sent for the contract, oldest first. */
    @Transactional
    public List<SentDocument> sentLetters(String cpas, UUID contractId) {
        return archive.of(find(cpas, contractId).id()).stream().filter(sent -> LETTER_KIND.equals(sent.kind())).toList();
    }

    /** A3: a convocation exactly as it was sent. */
    @Transactional
    public byte[] sentLetter(String cpas, UUID contractId, UUID letterId) {
        return sentLetters(cpas, contractId).stream().filter(sent -> sent.id().equals(letterId)).findFirst()
                .flatMap(sent -> archive.content(contractId, letterId))
                .orElseThrow(() -> new ResourceNotFoundException("resource.letter", letterId));
    }

    private Contract planned(String cpas, UUID contractId) {
        Contract contract = find(cpas, contractId);
        contract.requireHearingPlanned();
        return contract;
    }

    private Beneficiary beneficiaryOf(Contract contract) {
        return beneficiaries.findInCpas(contract.beneficiaryId(), contract.cpas())
                .orElseThrow(() -> new ResourceNotFoundException("resource.beneficiary", contract.beneficiaryId()));
    }

    private Contract find(String cpas, UUID contractId) {
        return contracts.findInCpas(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
    }
}
