package be.cpas.piis.contracts.domain;

import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.ssin.Ssin;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** A person receiving the revenu d'intégration from one CPAS. */
@Entity
@Table(name = "beneficiary")
public class Beneficiary {

    /** C1: a compulsory PIIS is signed within this many months of the RIS grant decision. */
    public static final int SIGNING_DEADLINE_MONTHS = 3;

    @Id
    private UUID id;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(nullable = false, length = 11)
    private String ssin;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    /** The names as {@link NameSearch} compares them. */
    @Column(name = "search_name", nullable = false, length = 1000)
    private String searchName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "ris_decision_date")
    private LocalDate risDecisionDate;

    @Embedded
    private Contact contact;

    /** C11, T4: the beneficiary studies full time. */
    @Column(nullable = false)
    private boolean student;

    /** C1: the end of the RIS before this one, if any. */
    @Column(name = "previous_ris_ended_on")
    private LocalDate previousRisEndedOn;

    /** C1: the end of an employment through a CPAS measure (article 60) after that RIS, if any. */
    @Column(name = "cpas_employment_ended_on")
    private LocalDate cpasEmploymentEndedOn;

    /** T2: the CPAS this one took the beneficiary over from when they moved, and the day of the move. */
    @Column(name = "taken_over_from", length = 5)
    private String takenOverFrom;

    @Column(name = "taken_over_on")
    private LocalDate takenOverOn;

    /** C2: an exemption is in force. */
    @Column(nullable = false)
    private boolean exempted;

    /** C2: the day an exemption was lifted, from which C1's clock runs again. */
    @Column(name = "deadline_restarted_on")
    private LocalDate deadlineRestartedOn;

    @Column(name = "contract_signed_on")
    private LocalDate contractSignedOn;

    /** C1, derived from the above and kept as a column so that deadlines can be listed by date. */
    @Column(name = "signing_deadline")
    private LocalDate signingDeadline;

    @Column(name = "deadline_missed_reported_on")
    private LocalDate deadlineMissedReportedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Beneficiary() {
    }

    public Beneficiary(String cpas, String ssin, String firstName, String lastName, LocalDate birthDate, Language language,
                       LocalDate risDecisionDate, LocalDate previousRisEndedOn, LocalDate cpasEmploymentEndedOn, Instant createdAt) {
        this(cpas, ssin, firstName, lastName, birthDate, language, null, false, risDecisionDate, previousRisEndedOn,
                cpasEmploymentEndedOn, null, null, createdAt);
    }

    /** {@code takenOverFrom} and {@code takenOverOn}: the CPAS competent before the move and its day (T2), both or neither. */
    public Beneficiary(String cpas, String ssin, String firstName, String lastName, LocalDate birthDate, Language language,
                       Contact contact, boolean student, LocalDate risDecisionDate, LocalDate previousRisEndedOn,
                       LocalDate cpasEmploymentEndedOn, String takenOverFrom, LocalDate takenOverOn, Instant createdAt) {
        this.contact = contact;
        this.student = student;
        this.id = UUID.randomUUID();
        this.cpas = cpas;
        this.ssin = ssin;
        this.firstName = firstName;
        this.lastName = lastName;
        this.searchName = NameSearch.indexed(firstName, lastName);
        this.birthDate = carriedBy(ssin, birthDate);
        this.language = language;
        this.risDecisionDate = risDecisionDate;
        this.previousRisEndedOn = previousRisEndedOn;
        this.cpasEmploymentEndedOn = cpasEmploymentEndedOn;
        requireTakenOverFromAnother(cpas, takenOverFrom, takenOverOn);
        this.takenOverFrom = takenOverFrom;
        this.takenOverOn = takenOverOn;
        this.createdAt = createdAt;
        recomputeDeadline();
    }

    /** T2: a take-over names the CPAS it comes from, another one, and the day of the move. */
    private static void requireTakenOverFromAnother(String cpas, String takenOverFrom, LocalDate takenOverOn) {
        if (takenOverFrom != null && takenOverOn == null) {
            throw new InvalidInputException(InputIssue.invalid("body", "takenOverOn", null, "is the day of the move, given with takenOverFrom"));
        }
        if (takenOverFrom == null && takenOverOn != null) {
            throw new InvalidInputException(InputIssue.invalid("body", "takenOverFrom", null,
                    "is the CPAS the beneficiary moved from, given with takenOverOn"));
        }
        if (cpas.equals(takenOverFrom)) {
            throw new InvalidInputException(InputIssue.invalid("body", "takenOverFrom", takenOverFrom,
                    "is another CPAS than the one registering the beneficiary"));
        }
    }

    /**
     * X3: the NISS carries the birth date, in the century its check digits give; the registered date
     * is that one, in every part the number knows (a BIS number's month, a month or day 00 unknown).
     */
    private static LocalDate carriedBy(String ssin, LocalDate birthDate) {
        if (!Ssin.birthDate(ssin).agreesWith(birthDate)) {
            // The issue names birthDate, not ssin: the number is valid on its own and identifies the person, and its value
            // is never echoed (X3).
            throw new InvalidInputException(InputIssue.invalid("body", "birthDate", birthDate.toString(),
                    "is not the birth date the NISS carries (its date, in the century its check digits give): the NISS is a valid"
                            + " number, so the birth date is taken to be the mistake"));
        }
        return birthDate;
    }

    /** C1: whether a PIIS is compulsory, and why. */
    public PiisObligation obligation() {
        return PiisObligation.of(birthDate, risDecisionDate, previousRisEndedOn, cpasEmploymentEndedOn, takenOverOn);
    }

    /**
     * C1: the last day to sign a compulsory PIIS, 3 months after the RIS decision, after an
     * exemption was lifted, or after the move that made this CPAS competent (T2), whichever is last;
     * none when the PIIS is optional, exempted (C2) or already signed.
     */
    public LocalDate signingDeadline() {
        return signingDeadline;
    }

    void exempt() {
        if (exempted) {
            throw new ConflictException("C2", Wording.of("exemption.alreadyInForce"));
        }
        exempted = true;
        recomputeDeadline();
    }

    void restartDeadlineOn(LocalDate day) {
        exempted = false;
        deadlineRestartedOn = day;
        deadlineMissedReportedOn = null;
        recomputeDeadline();
    }

    /** C1: a signed contract meets the obligation. */
    public void contractSigned(LocalDate signedOn) {
        if (contractSignedOn == null) {
            contractSignedOn = signedOn;
            recomputeDeadline();
        }
    }

    /** C1: true, once, when the deadline passed without a signed contract or an exemption. */
    public boolean reportIfDeadlineMissed(LocalDate today) {
        if (signingDeadline == null || !signingDeadline.isBefore(today) || deadlineMissedReportedOn != null) {
            return false;
        }
        deadlineMissedReportedOn = today;
        return true;
    }

    /** Where the beneficiary now lives and can be reached; the letters that follow go there (A4). */
    public void contactChanged(Contact newContact) {
        this.contact = newContact;
    }

    public boolean isExempted() {
        return exempted;
    }

    private void recomputeDeadline() {
        if (exempted || contractSignedOn != null || !obligation().compulsory()) {
            signingDeadline = null;
            return;
        }
        // A CPAS cannot have a contract signed before it became competent: its clock runs from the move at the earliest.
        LocalDate clockStart = Stream.of(risDecisionDate, deadlineRestartedOn, takenOverOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
        signingDeadline = clockStart.plusMonths(SIGNING_DEADLINE_MONTHS);
    }

    public UUID id() {
        return id;
    }

    public String cpas() {
        return cpas;
    }

    public String ssin() {
        return ssin;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Language language() {
        return language;
    }

    public LocalDate risDecisionDate() {
        return risDecisionDate;
    }

    public Contact contact() {
        return contact;
    }

    public boolean isStudent() {
        return student;
    }

    public LocalDate previousRisEndedOn() {
        return previousRisEndedOn;
    }

    public LocalDate cpasEmploymentEndedOn() {
        return cpasEmploymentEndedOn;
    }

    public String takenOverFrom() {
        return takenOverFrom;
    }

    public LocalDate takenOverOn() {
        return takenOverOn;
    }
}
