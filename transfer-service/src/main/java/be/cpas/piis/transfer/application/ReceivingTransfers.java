package be.cpas.piis.transfer.application;

import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.document.Letter;
import be.cpas.piis.platform.document.SentDocuments;
import be.cpas.piis.platform.json.Codes;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.recipients.LetterRecipients;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.PiisClock;
import be.cpas.piis.transfer.document.ForwardingLetter;
import be.cpas.piis.transfer.document.ForwardingLetterRenderer;
import be.cpas.piis.transfer.domain.Dossier;
import be.cpas.piis.transfer.domain.IncomingTransfer;
import be.cpas.piis.transfer.persistence.IncomingTransferRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * T1-T3, T5: the competent CPAS receives a dossier, from another CPAS system over HTTP or from a CPAS
 * of this deployment directly: the same code either way. A dossier received again (a retry) is kept once.
 */
@ApplicationScoped
public class ReceivingTransfers {

    static final String AUDITED_AS = "incomingTransfer";
    public static final String FORWARDING_LETTER = "forwardingLetter";

    @Inject
    IncomingTransferRepository incoming;

    @Inject
    CpasDirectory directory;

    @Inject
    DossierJson dossiers;

    @Inject
    AuditTrail audit;

    @Inject
    ForwardingLetterRenderer letters;

    @Inject
    SentDocuments sentDocuments;

    @Inject
    CpasSettingsStore settings;

    /** T6: the CPAS that runs this system, which writes to the beneficiary of a dossier it forwards. */
    @ConfigProperty(name = "piis.transfers.forwarded-by")
    String forwardedBy;

    @Inject
    PiisClock clock;

    @Inject
    Validator validator;

    /**
     * The dossier {@code sender} sends, checked whole before anything is kept, whether it came over
     * HTTP or from a CPAS of this deployment: refused when a part a take-over needs is missing or
     * out of bounds (400 with each part named), when it claims another sender, carries content the
     * beneficiary refused (T3), a contract ending before it starts (C3), or goes to a CPAS unknown
     * here. For a CPAS another system serves, it is kept to be forwarded there (T6). In the caller's
     * transaction when there is one (over HTTP), in its own otherwise (a delivery within this
     * deployment, which holds none).
     */
    @Transactional
    public IncomingTransfer receive(String sender, Dossier dossier) {
        Set<ConstraintViolation<Dossier>> violations = validator.validate(dossier);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!sender.equals(dossier.fromCpas())) {
            throw new InvalidInputException(InputIssue.invalid("body", "fromCpas", dossier.fromCpas(),
                    "is the CPAS of the caller's token, " + sender));
        }
        dossier.requireCoherent();
        CpasDirectory.Cpas competent = directory.find(dossier.toCpas()).orElseThrow(() -> new RuleViolationException("T6",
                Wording.of("dossier.toCpasUnknown", dossier.toCpas())));
        return incoming.findByIdOptional(dossier.transferId()).map(known -> sameAs(known, sender)).orElseGet(() -> {
            IncomingTransfer received = competent.transferApi().isPresent()
                    ? toForward(dossier, competent)
                    : new IncomingTransfer(dossier, dossiers.write(dossier), clock.now());
            incoming.persist(received);
            audit.record(dossier.toCpas(), AUDITED_AS, received.id(), Codes.of(received.status()), clock.today(), null,
                    Map.of("fromCpas", sender, "movedOn", dossier.movedOn(), "contentSent", dossier.contract() != null));
            return received;
        });
    }

    /**
     * T6: a dossier for a CPAS another system serves goes there; the beneficiary is told by a letter
     * of the CPAS that runs this system (its settings, X12), kept as sent (A3), which names both CPAS
     * in the letter's language (A4). It goes to the address the dossier gives; a dossier that gives
     * none still goes on, and the letter names the beneficiary alone, to be handed over or sent on
     * by the competent CPAS.
     */
    private IncomingTransfer toForward(Dossier dossier, CpasDirectory.Cpas competent) {
        IncomingTransfer transfer = IncomingTransfer.toForward(dossier, dossiers.write(dossier), clock.now(), clock.today());
        Dossier.Person person = dossier.beneficiary();
        Language language = DocumentLanguages.ofCode(person.language()).orElse(Language.FR);
        String fromName = directory.find(dossier.fromCpas()).map(cpas -> cpas.name(language)).orElse("CPAS " + dossier.fromCpas());
        String address = person.contact() == null ? null : person.contact().address();
        Letter.Party beneficiary = new Letter.Party(person.firstName() + " " + person.lastName(),
                address == null ? List.of() : LetterRecipients.addressLines(address));
        byte[] pdf = letters.pdf(new ForwardingLetter(transfer.id(), settings.of(forwardedBy).letterhead(language), beneficiary, fromName,
                competent.name(language), dossier.movedOn(), transfer.forwardBy(), clock.today()), language);
        transfer.beneficiaryTold(sentDocuments.keep(dossier.toCpas(), transfer.id(), FORWARDING_LETTER, language, clock.today(), pdf).id());
        return transfer;
    }

    private static IncomingTransfer sameAs(IncomingTransfer known, String sender) {
        if (!known.fromCpas().equals(sender)) {
            throw new ConflictException("T5", Wording.of("dossier.sentByAnotherCpas"));
        }
        return known;
    }
}
