package be.cpas.piis.evaluation.application;

import be.cpas.piis.evaluation.domain.EvaluationPlan;
import be.cpas.piis.evaluation.domain.InterviewRequest;
import be.cpas.piis.evaluation.persistence.EvaluationPlanRepository;
import be.cpas.piis.evaluation.persistence.InterviewRequestRepository;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/** E3: interviews the beneficiary asks for, from the request to the interview held; every change is audited (X4). */
@ApplicationScoped
public class HandlingInterviewRequests {

    static final String AUDITED_AS = Meetings.INTERVIEW_REQUESTS.auditedAs();

    @Inject
    EvaluationPlanRepository plans;

    @Inject
    InterviewRequestRepository requests;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Transactional
    public InterviewRequest receive(String cpas, UUID contractId, LocalDate requestedOn, String reason) {
        EvaluationPlan plan = plans.findInCpas(contractId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.contract", contractId));
        plan.requireRunning("E3");
        InterviewRequest request = InterviewRequest.received(plan, requestedOn, reason, clock.today(), clock.now());
        requests.persist(request);
        outbox.record(request.requested());
        audit.record(cpas, AUDITED_AS, request.id(), "requested", request.requestedOn(), null,
                Map.of("contractId", contractId, "dueBy", request.dueBy()));
        return request;
    }

    /** E3: a day after the deadline is accepted and flagged, since the beneficiary may ask for it. */
    @Transactional
    public InterviewRequest schedule(String cpas, UUID requestId, LocalDate day, LocalTime startsAt, String place) {
        InterviewRequest request = find(cpas, requestId);
        Object before = request.scheduled().map(appointment -> appointment.when()).orElse(null);
        request.schedule(day, startsAt, place, clock.today());
        requests.flush();
        audit.record(cpas, AUDITED_AS, requestId, "scheduled", clock.today(), before, request.appointment().when());
        return request;
    }

    @Transactional
    public InterviewRequest hold(String cpas, UUID requestId, LocalDate heldOn, String notes) {
        InterviewRequest request = find(cpas, requestId);
        request.held(heldOn, notes, clock.today()).ifPresent(outbox::record);
        requests.flush();
        audit.record(cpas, AUDITED_AS, requestId, "held", request.heldOn(), null, Map.of("status", request.status()));
        return request;
    }

    public InterviewRequest find(String cpas, UUID requestId) {
        return requests.findInCpas(requestId, cpas).orElseThrow(() -> new ResourceNotFoundException("resource.interviewRequest", requestId));
    }
}
