package be.cpas.piis.evaluation.application;

import be.cpas.piis.evaluation.domain.EvaluationPlan;
import be.cpas.piis.evaluation.domain.StudentResult;
import be.cpas.piis.evaluation.persistence.EvaluationPlanRepository;
import be.cpas.piis.evaluation.persistence.StudentResultRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** E7: the exam results of students, from their publication to the day the student hands them in. */
@ApplicationScoped
public class CollectingStudentResults {

    static final String AUDITED_AS = "studentResult";

    @Inject
    EvaluationPlanRepository plans;

    @Inject
    StudentResultRepository results;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    /** E7: results are awaited from students only; {@code communicatedOn} when the student already handed them in. */
    @Transactional
    public StudentResult published(String cpas, UUID contractId, String session, LocalDate publishedOn, LocalDate communicatedOn) {
        EvaluationPlan plan = plans.findInCpas(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
        if (!plan.student()) {
            throw new RuleViolationException("E7", Wording.of("studentResult.notStudentContract"));
        }
        plan.requireRunning("E7");
        StudentResult result = StudentResult.published(plan, session, publishedOn, clock.today(), clock.now());
        results.persist(result);
        audit.record(cpas, AUDITED_AS, result.id(), "published", result.publishedOn(), null,
                Map.of("contractId", contractId, "session", session, "dueBy", result.dueBy()));
        if (communicatedOn != null) {
            communicate(plan, result, communicatedOn);
        }
        return result;
    }

    @Transactional
    public StudentResult communicated(String cpas, UUID resultId, LocalDate communicatedOn) {
        StudentResult result = find(cpas, resultId);
        communicate(plans.findById(result.contractId()), result, communicatedOn);
        return result;
    }

    /** X4: every change of the result. */
    @Transactional
    public List<AuditTrail.Entry> auditTrail(String cpas, UUID resultId) {
        return audit.of(cpas, AUDITED_AS, find(cpas, resultId).id());
    }

    public StudentResult find(String cpas, UUID resultId) {
        return results.findInCpas(resultId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.studentResult", resultId));
    }

    private void communicate(EvaluationPlan plan, StudentResult result, LocalDate communicatedOn) {
        result.communicated(communicatedOn, plan.beneficiaryId(), clock.today()).ifPresent(outbox::record);
        results.flush();
        audit.record(plan.cpas(), AUDITED_AS, result.id(), "communicated", result.communicatedOn(), null,
                Map.of("communicatedOn", result.communicatedOn()));
    }
}
