package be.cpas.piis.evaluation.application;

import be.cpas.piis.evaluation.domain.InterviewRequest;
import be.cpas.piis.evaluation.domain.StudentResult;
import be.cpas.piis.evaluation.persistence.EvaluationPlanRepository;
import be.cpas.piis.evaluation.persistence.InterviewRequestRepository;
import be.cpas.piis.evaluation.persistence.StudentResultRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.jobs.Batches;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.time.PiisClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * E3, E7: an interview request not held by its deadline (the CPAS's failure) and exam results not
 * communicated in time (the student's) are each reported once: InterviewOverdue, ResultsOverdue.
 * Replicas share the work with {@code SKIP LOCKED}; a report and its mark commit together.
 */
@ApplicationScoped
public class ReportingMissedDeadlines {

    private static final int BATCH = 200;

    @Inject
    InterviewRequestRepository interviewRequests;

    @Inject
    StudentResultRepository studentResults;

    @Inject
    EvaluationPlanRepository plans;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Scheduled(identity = "missed-deadlines", every = "${piis.missed-deadlines.check-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Batches.untilDrained(this::reportInterviewBatch, BATCH);
        Batches.untilDrained(this::reportResultBatch, BATCH);
    }

    /** Reports up to one batch of overdue interview requests; returns how many it looked at. */
    @Transactional
    public int reportInterviewBatch() {
        LocalDate today = clock.today();
        List<InterviewRequest> overdue = interviewRequests.lockOverdue(today, BATCH);
        overdue.forEach(request -> request.reportIfOverdue(today).ifPresent(event -> {
            outbox.record(event);
            audit.record(request.cpas(), HandlingInterviewRequests.AUDITED_AS, request.id(), "overdueReported", request.dueBy(), null,
                    Map.of("dueBy", request.dueBy()));
        }));
        return overdue.size();
    }

    /** Reports up to one batch of overdue student results; returns how many it looked at. */
    @Transactional
    public int reportResultBatch() {
        LocalDate today = clock.today();
        List<StudentResult> overdue = studentResults.lockOverdue(today, BATCH);
        overdue.forEach(result -> result.reportIfOverdue(plans.findById(result.contractId()).beneficiaryId(), today).ifPresent(event -> {
            outbox.record(event);
            audit.record(result.cpas(), CollectingStudentResults.AUDITED_AS, result.id(), "overdueReported", result.dueBy(), null,
                    Map.of("dueBy", result.dueBy()));
        }));
        return overdue.size();
    }
}
