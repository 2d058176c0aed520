package be.cpas.piis.sanctions.domain;

import be.cpas.piis.events.AppealFiled;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
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

/** S8: the beneficiary's appeal to the labour tribunal against a decision, and the tribunal's judgment. */
@Entity
@Table(name = "appeal")
public class Appeal {

    public enum Outcome {
        UPHELD, ANNULLED
    }

    @Id
    private UUID id;

    @Column(name = "breach_id", nullable = false)
    private UUID breachId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Appeal() {
    }

    private Appeal(UUID breachId, String cpas, LocalDate filedOn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.breachId = breachId;
        this.cpas = cpas;
        this.filedOn = filedOn;
        this.createdAt = createdAt;
    }

    /** X9: an appeal filed on {@code filedOn}, never before the decision was notified. */
    public static Appeal filed(BreachCase breach, LocalDate filedOn, LocalDate today, Instant now) {
        LocalDate day = FactDates.check("filedOn", filedOn, today, breach.notifiedOn(), Wording.of("step.notification"));
        breach.appealed(day);
        return new Appeal(breach.id(), breach.cpas(), day, now);
    }

    public AppealFiled filedEvent(BreachCase breach) {
        return new AppealFiled(id, breachId, breach.contractId(), cpas, filedOn);
    }

    /** X9: the tribunal's judgment of {@code on}. */
    public void judged(Outcome judgment, LocalDate on, LocalDate today) {
        if (outcome != null) {
            throw new ConflictException("S8", Wording.of("appeal.alreadyJudged", outcomeOn));
        }
        this.outcomeOn = FactDates.check("judgedOn", on, today, filedOn, Wording.of("step.appeal"));
        this.outcome = judgment;
    }

    public UUID id() {
        return id;
    }

    public UUID breachId() {
        return breachId;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate outcomeOn() {
        return outcomeOn;
    }
}
