package be.cpas.piis.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(name = "ris_decision_date")
    private LocalDate risDecisionDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Beneficiary() {
    }

    public Beneficiary(String cpas, String ssin, String firstName, String lastName, LocalDate birthDate,
                       Language language, LocalDate risDecisionDate, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.cpas = cpas;
        this.ssin = ssin;
        this.firstName = firstName;
        this.lastName = lastName;
        this.birthDate = birthDate;
        this.language = language;
        this.risDecisionDate = risDecisionDate;
        this.createdAt = createdAt;
    }

    /** C1: the last day to sign a compulsory PIIS; none before the RIS is granted. */
    public LocalDate signingDeadline() {
        return risDecisionDate == null ? null : risDecisionDate.plusMonths(SIGNING_DEADLINE_MONTHS);
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
}
