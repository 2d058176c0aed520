package be.cpas.piis.evaluation.domain;

import be.cpas.piis.events.ResultsOverdue;
import be.cpas.piis.platform.calendar.BelgianWorkingDays;
import be.cpas.piis.platform.problem.ConflictException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.FactDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * E7: the results of one exam session of a student, published on a day; the student communicates
 * them within {@value #WORKING_DAYS_TO_COMMUNICATE} working days (X6). Past that, ResultsOverdue, once.
 */
@Entity
@Table(name = "student_result")
public class StudentResult {

    public static final int WORKING_DAYS_TO_COMMUNICATE = 7;

    @Id
    private UUID id;

    @Column(name = "contract_id", nullable = false)
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(nullable = false, length = 200)
    private String session;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    @Column(name = "communicated_on")
    private LocalDate communicatedOn;

    @Column(name = "overdue_reported_on")
    private LocalDate overdueReportedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected StudentResult() {
    }

    private StudentResult(UUID contractId, String cpas, String session, LocalDate publishedOn, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.contractId = contractId;
        this.cpas = cpas;
        this.session = session;
        this.publishedOn = publishedOn;
        this.dueBy = BelgianWorkingDays.plusWorkingDays(publishedOn, WORKING_DAYS_TO_COMMUNICATE);
        this.createdAt = createdAt;
    }

    /** E7, X9: the results of {@code session} were published on {@code publishedOn}: neither a day to come nor before the contract's signature. */
    public static StudentResult published(EvaluationPlan plan, String session, LocalDate publishedOn, LocalDate today, Instant now) {
        return new StudentResult(plan.contractId(), plan.cpas(), session, plan.factDate("publishedOn", publishedOn, today), now);
    }

    /** E7, X9: the student handed the results in; late, that is reported now unless it already was. */
    public Optional<ResultsOverdue> communicated(LocalDate on, UUID beneficiaryId, LocalDate today) {
        if (communicatedOn != null) {
            throw new ConflictException("E7", Wording.of("studentResult.alreadyCommunicated", communicatedOn));
        }
        this.communicatedOn = FactDates.check("communicatedOn", on, today, publishedOn, Wording.of("studentResult.publication"));
        return communicatedOn.isAfter(dueBy) ? report(beneficiaryId, today) : Optional.empty();
    }

    /** E7: reports results not communicated once their deadline passed. */
    public Optional<ResultsOverdue> reportIfOverdue(UUID beneficiaryId, LocalDate today) {
        return communicatedOn == null && today.isAfter(dueBy) ? report(beneficiaryId, today) : Optional.empty();
    }

    private Optional<ResultsOverdue> report(UUID beneficiaryId, LocalDate today) {
        if (overdueReportedOn != null) {
            return Optional.empty();
        }
        overdueReportedOn = today;
        return Optional.of(new ResultsOverdue(id, contractId, cpas, beneficiaryId, publishedOn, dueBy));
    }

    /** Not communicated by the deadline, or communicated after it. */
    public boolean overdue(LocalDate today) {
        return overdueReportedOn != null || (communicatedOn == null && today.isAfter(dueBy));
    }

    public UUID id() {
        return id;
    }

    public UUID contractId() {
        return contractId;
    }

    public String cpas() {
        return cpas;
    }

    public String session() {
        return session;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public LocalDate dueBy() {
        return dueBy;
    }

    public LocalDate communicatedOn() {
        return communicatedOn;
    }

    public LocalDate overdueReportedOn() {
        return overdueReportedOn;
    }
}
