package be.cpas.piis.evaluation.application;

import be.cpas.piis.evaluation.domain.Attendance;
import be.cpas.piis.evaluation.domain.Evaluation;
import be.cpas.piis.evaluation.persistence.EvaluationPlanRepository;
import be.cpas.piis.evaluation.persistence.EvaluationRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** E4-E6: a social worker records how an evaluation went; its events leave through the outbox, its change is audited. */
@ApplicationScoped
public class RecordingEvaluations {

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EvaluationPlanRepository plans;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    public record Record(LocalDate heldOn, Attendance attendance, String excuseReason, String progress, String notes, String adjustments) {
    }

    @Transactional
    public Evaluation record(String cpas, UUID evaluationId, Record record) {
        Evaluation evaluation = evaluations.findInCpas(evaluationId, cpas)
                .orElseThrow(() -> new ResourceNotFoundException("resource.evaluation", evaluationId));
        evaluation.record(record.heldOn(), record.attendance(), record.excuseReason(), record.progress(), record.notes(),
                record.adjustments(), plans.findById(evaluation.contractId()), clock.today()).forEach(outbox::record);
        evaluations.flush();
        audit.record(cpas, PlanningEvaluations.AUDITED_AS, evaluationId, "recorded", evaluation.heldOn(), null,
                Map.of("status", evaluation.status(), "attendance", evaluation.attendance()));
        return evaluation;
    }
}
