package be.cpas.piis.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event catalogue: each payload with its CloudEvents type
 * ({@code be.cpas.piis.v1.<resources>.notify.<pastParticiple>}, X7) and the topic of its owner.
 */
public enum EventType {
    CONTRACT_PROPOSED(ContractProposed.class, Topics.CONTRACTS, "contracts", "proposed"),
    CONTRACT_SIGNED(ContractSigned.class, Topics.CONTRACTS, "contracts", "signed"),
    CONTRACT_AMENDED(ContractAmended.class, Topics.CONTRACTS, "contracts", "amended"),
    CONTRACT_ENDED(ContractEnded.class, Topics.CONTRACTS, "contracts", "ended"),
    EXEMPTION_GRANTED(ExemptionGranted.class, Topics.CONTRACTS, "exemptions", "granted"),
    SIGNING_DEADLINE_MISSED(SigningDeadlineMissed.class, Topics.CONTRACTS, "beneficiaries", "signingDeadlineMissed"),
    STEP_OVERDUE(StepOverdue.class, Topics.CONTRACTS, "steps", "overdue"),
    EVALUATION_SCHEDULED(EvaluationScheduled.class, Topics.EVALUATIONS, "evaluations", "scheduled"),
    EVALUATION_COMPLETED(EvaluationCompleted.class, Topics.EVALUATIONS, "evaluations", "completed"),
    EVALUATION_MISSED(EvaluationMissed.class, Topics.EVALUATIONS, "evaluations", "missed"),
    INTERVIEW_REQUESTED(InterviewRequested.class, Topics.EVALUATIONS, "interviewRequests", "requested"),
    INTERVIEW_OVERDUE(InterviewOverdue.class, Topics.EVALUATIONS, "interviewRequests", "overdue"),
    FINAL_EVALUATION_COMPLETED(FinalEvaluationCompleted.class, Topics.EVALUATIONS, "finalEvaluations", "completed"),
    RESULTS_OVERDUE(ResultsOverdue.class, Topics.EVALUATIONS, "studentResults", "overdue"),
    BREACH_REPORTED(BreachReported.class, Topics.SANCTIONS, "breaches", "reported"),
    FORMAL_NOTICE_SENT(FormalNoticeSent.class, Topics.SANCTIONS, "formalNotices", "sent"),
    SANCTION_DECIDED(SanctionDecided.class, Topics.SANCTIONS, "sanctions", "decided"),
    SANCTION_EXECUTION_DEFERRED(SanctionExecutionDeferred.class, Topics.SANCTIONS, "sanctions", "executionDeferred"),
    SANCTION_EXECUTED(SanctionExecuted.class, Topics.SANCTIONS, "sanctions", "executed"),
    APPEAL_FILED(AppealFiled.class, Topics.SANCTIONS, "appeals", "filed"),
    SANCTION_ANNULLED(SanctionAnnulled.class, Topics.SANCTIONS, "sanctions", "annulled"),
    TRANSFER_REQUESTED(TransferRequested.class, Topics.TRANSFERS, "transfers", "requested"),
    TRANSFER_ACCEPTED(TransferAccepted.class, Topics.TRANSFERS, "transfers", "accepted"),
    TRANSFER_REFUSED(TransferRefused.class, Topics.TRANSFERS, "transfers", "refused"),
    TRANSFER_COMPLETED(TransferCompleted.class, Topics.TRANSFERS, "transfers", "completed"),
    CPAS_SETTINGS_CHANGED(CpasSettingsChanged.class, Topics.TRANSFERS, "cpasSettings", "changed");

    /** The CloudEvents {@code service} extension attribute of every event (Belgif [async-svctype]). */
    public static final String SERVICE = "be.cpas.piis.v1";

    private static final Map<String, EventType> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_PAYLOAD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::payload, Function.identity()));

    private final Class<? extends PiisEvent> payload;
    private final String topic;
    private final String type;

    EventType(Class<? extends PiisEvent> payload, String topic, String resources, String pastParticiple) {
        this.payload = payload;
        this.topic = topic;
        this.type = SERVICE + "." + resources + ".notify." + pastParticiple;
    }

    public Class<? extends PiisEvent> payload() {
        return payload;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvents {@code type}, e.g. {@code be.cpas.piis.v1.contracts.notify.signed}. */
    public String type() {
        return type;
    }

    public static Optional<EventType> ofType(String cloudEventType) {
        return Optional.ofNullable(BY_TYPE.get(cloudEventType));
    }

    public static EventType of(PiisEvent event) {
        EventType type = BY_PAYLOAD.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalogue: " + event.getClass().getName());
        }
        return type;
    }
}
