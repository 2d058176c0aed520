package be.cpas.piis.contracts.application;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Contact;
import be.cpas.piis.contracts.persistence.BeneficiaryRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** A social worker registers a person who receives the RIS from their CPAS. */
@ApplicationScoped
public class RegisteringBeneficiary {

    public static final String AUDITED_AS = "beneficiary";

    @Inject
    BeneficiaryRepository beneficiaries;

    @Inject
    PiisClock clock;

    @Inject
    AuditTrail audit;

    /** {@code takenOverFrom}, {@code takenOverOn}: for a beneficiary taken over from another CPAS after a move (T2), else null. */
    public record Registration(String ssin, String firstName, String lastName, LocalDate birthDate, Language language,
                               Contact contact, boolean student, LocalDate risDecisionDate, LocalDate previousRisEndedOn,
                               LocalDate cpasEmploymentEndedOn, String takenOverFrom, LocalDate takenOverOn) {
    }

    @Transactional
    public Beneficiary register(String cpas, Registration registration) {
        if (beneficiaries.findBySsin(registration.ssin(), cpas).isPresent()) {
            // The message never repeats the NISS (X3): it may end up in a log.
            throw new ConflictException(null, Wording.of("beneficiary.alreadyRegistered"));
        }
        Beneficiary beneficiary = new Beneficiary(cpas, registration.ssin(), registration.firstName(), registration.lastName(),
                registration.birthDate(), registration.language(), registration.contact(), registration.student(),
                registration.risDecisionDate(),
                registration.previousRisEndedOn(), registration.cpasEmploymentEndedOn(), registration.takenOverFrom(),
                registration.takenOverOn(), clock.now());
        beneficiaries.persist(beneficiary);
        beneficiaries.flush();
        audit.record(cpas, AUDITED_AS, beneficiary.id(), "registered", clock.today(), null, BeneficiaryState.of(beneficiary));
        return beneficiary;
    }
}
