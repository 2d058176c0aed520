package be.cpas.piis.evaluation.application;

import be.cpas.piis.evaluation.domain.Appointment;
import be.cpas.piis.evaluation.domain.Evaluation;
import be.cpas.piis.evaluation.domain.EvaluationFrequency;
import be.cpas.piis.evaluation.domain.EvaluationFrequency.PlannedDate;
import be.cpas.piis.evaluation.domain.EvaluationPlan;
import be.cpas.piis.evaluation.persistence.EvaluationPlanRepository;
import be.cpas.piis.evaluation.persistence.EvaluationRepository;
import be.cpas.piis.evaluation.persistence.InterviewRequestRepository;
import be.cpas.piis.events.ContractAmended;
import be.cpas.piis.events.ContractEnded;
import be.cpas.piis.events.ContractSigned;
import be.cpas.piis.events.EvaluationScheduled;
import be.cpas.piis.platform.audit.AuditTrail;
import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.outbox.Outbox;
import be.cpas.piis.platform.problem.ResourceNotFoundException;
import be.cpas.piis.platform.settings.CpasSettings;
import be.cpas.piis.platform.settings.CpasSettingsStore;
import be.cpas.piis.platform.time.PiisClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E1: a signed contract gets its plan of evaluations, each announced with EvaluationScheduled; the
 * plan follows the contract's amendments and end, and a social worker may move an evaluation as
 * long as the contract stays evaluated at least three times a year.
 */
@ApplicationScoped
public class PlanningEvaluations {

    static final String AUDITED_AS = Meetings.EVALUATIONS.auditedAs();

    @Inject
    EvaluationPlanRepository plans;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    InterviewRequestRepository interviewRequests;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PiisClock clock;

    @Inject
    CpasSettingsStore cpasSettings;

    @Inject
    AppointmentSettings settings;

    @ConfigProperty(name = "piis.evaluations.interval", defaultValue = "P4M")
    Period interval;

    /** Plans the contract's evaluations, unless it already has a plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planFor(ContractSigned signed) {
        if (plans.findByIdOptional(signed.contractId()).isPresent()) {
            return;
        }
        Language language = signed.language() == null ? null : DocumentLanguages.ofCode(signed.language()).orElse(null);
        plans.persist(new EvaluationPlan(signed.contractId(), signed.cpas(), signed.beneficiaryId(), "student".equals(signed.contractType()),
                signed.version(), signed.startDate(), signed.endDate(), signed.signedOn(), signed.referentWorker(), signed.replacementWorker(),
                language, clock.now()));
        EvaluationFrequency.plan(signed.startDate(), signed.endDate(), interval)
                .forEach(date -> schedule(signed.contractId(), signed.cpas(), language, date));
    }

    /** C10: new dates move the evaluations still to come; what took place stays as it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(ContractAmended amended) {
        EvaluationPlan plan = plans.findById(amended.contractId());
        if (plan == null || !plan.follow(amended)) {
            return;
        }
        LocalDate today = clock.today();
        List<Evaluation> stillToCome = evaluations.plannedFrom(plan.contractId(), today);
        EvaluationFrequency.Replanning replanning = EvaluationFrequency.replan(plan.startDate(), plan.endDate(), interval, today,
                stillToCome.stream().map(evaluation -> new PlannedDate(evaluation.plannedOn(), evaluation.kind())).toList());
        stillToCome.stream()
                .filter(evaluation -> replanning.cancelled().contains(new PlannedDate(evaluation.plannedOn(), evaluation.kind())))
                .forEach(evaluation -> cancel(evaluation, "cancelledByAmendment", amended.agreedOn()));
        replanning.added().forEach(date -> schedule(plan.contractId(), plan.cpas(), plan.language(), date));
    }

    /** C12: an ended contract is no longer evaluated, and the interviews it still awaited will not take place. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(ContractEnded ended) {
        EvaluationPlan plan = plans.findById(ended.contractId());
        if (plan == null || !plan.end(ended.outcome(), ended.endedOn())) {
            return;
        }
        evaluations.plannedFrom(plan.contractId(), ended.endedOn().plusDays(1))
                .forEach(evaluation -> cancel(evaluation, "cancelledByContractEnd", ended.endedOn()));
        interviewRequests.waitingOf(plan.contractId()).stream()
                .filter(request -> request.cancelIfWaiting())
                .forEach(request -> audit.record(plan.cpas(), HandlingInterviewRequests.AUDITED_AS, request.id(), "cancelledByContractEnd",
                        ended.endedOn(), null, Map.of("status", request.status())));
    }

    /**
     * E1: moves an evaluation to another day, time or place, within the contract as it runs (an ended
     * contract ends on its end date); refused when it would be evaluated less than 3 times a year.
     */
    @Transactional
    public Evaluation move(String cpas, UUID evaluationId, LocalDate day, LocalTime startsAt, String place) {
        Evaluation evaluation = evaluations.findInCpasForChange(evaluationId, cpas)
                .orElseThrow(() -> new ResourceNotFoundException("resource.evaluation", evaluationId));
        // E1 counts the plan's evaluations together: two moves of two of them at once would each see the other's old date.
        EvaluationPlan plan = plans.changing(plans.findById(evaluation.contractId()));
        Appointment before = evaluation.appointment();
        EvaluationScheduled moved = evaluation.moveTo(day, startsAt, place, clock.today());
        EvaluationFrequency.requireWithinContract(plan.startDate(), plan.lastDay(), day);
        List<LocalDate> datesAfterMove = evaluations.notCancelledOf(plan.contractId()).stream().map(Evaluation::plannedOn).toList();
        EvaluationFrequency.requireThreeAYear(plan.startDate(), plan.lastDay(), datesAfterMove);
        outbox.record(moved);
        evaluations.flush();
        audit.record(cpas, AUDITED_AS, evaluationId, "moved", clock.today(), before.when(),
                evaluation.appointment().when());
        return evaluation;
    }

    /** A planned evaluation takes place at the CPAS's main meeting place, written in the beneficiary's language (X12). */
    private void schedule(UUID contractId, String cpas, Language language, PlannedDate date) {
        String place = cpasSettings.of(cpas).mainMeetingPlace(language == null ? Language.FR : language)
                .map(CpasSettings.Place::asOneLine).orElse(null);
        Appointment appointment = new Appointment(date.plannedOn(), settings.defaultTime(), place);
        Evaluation evaluation = new Evaluation(contractId, cpas, appointment, date.kind());
        evaluations.persist(evaluation);
        outbox.record(evaluation.scheduled());
    }

    private void cancel(Evaluation evaluation, String action, LocalDate factDate) {
        evaluation.cancel();
        audit.record(evaluation.cpas(), AUDITED_AS, evaluation.id(), action, factDate, null, Map.of("plannedOn", evaluation.plannedOn(),
                "status", evaluation.status()));
    }
}
