package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A breach case as sanctions-service shows it (S1-S8), as far as the pages of the console read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BreachCase(UUID id, UUID contractId, UUID beneficiaryId, String status, LocalDate openedOn, List<Fact> facts,
                         FormalNotice formalNotice, Opinion opinion, Hearing hearing, String legitimateReason, Decision decision,
                         Notification notification, Execution execution, LocalDate closedOn, String closureReasons) {

    private static final Set<String> UNDECIDED = Set.of("open", "noticeSent", "opinionGiven", "hearingRequested", "heard");

    public BreachCase {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** What happened, and where the case learnt of it (S1). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fact(String origin, LocalDate occurredOn, String description) {

        public String originKey() {
            return "fact_" + origin;
        }
    }

    /** S2: the letter that told the beneficiary what the CPAS expects, and by when they may answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FormalNotice(LocalDate sentOn, String sentBy, String expected, LocalDate respondBy, String letter, LocalDate answeredOn,
                               String answer) {
    }

    /** S3: the social worker's written opinion to the Council. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Opinion(LocalDate givenOn, String givenBy, String opinion) {
    }

    /** S4: the hearing the beneficiary asked for: planned, then held. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hearing(LocalDate requestedOn, LocalDate plannedOn, LocalTime startsAt, String place, LocalDate heldOn, Boolean present,
                          String assistedBy, String summary) {

        public boolean planned() {
            return plannedOn != null;
        }

        public boolean held() {
            return heldOn != null;
        }
    }

    /** S6, S7: the Council's decision, with the cap the service applied and its check of the CPAS's side. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String decision, String scope, Integer percentage, BigDecimal amount, Period length, LocalDate startsOn,
                           LocalDate endsOn, Integer probationMonths, LocalDate probationEndsOn, String reasons, LocalDate decidedOn,
                           String decidedBy, Integer capMonths, String capReason, String cpasCheck) {

        public String decisionKey() {
            return "decision_" + decision;
        }

        public boolean deferred() {
            return probationMonths != null;
        }
    }

    /** S8: the decision letter posted by registered mail, the day it counts as received, and the appeal it opens. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notification(LocalDate postedOn, LocalDate notifiedOn, LocalDate appealDeadline, String tribunalName, String tribunalAddress,
                               String letter) {
    }

    /** S7: the deferred sanction executed after a new breach during the probation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Execution(LocalDate decidedOn, String decidedBy, LocalDate newBreachOn, String reasons, LocalDate startsOn,
                            LocalDate endsOn, Notification notification) {
    }

    public String statusKey() {
        return "breach_" + status;
    }

    /** Before the Council's decision: the case still gathers facts and safeguards. */
    public boolean undecided() {
        return UNDECIDED.contains(status);
    }

    /** S8: decided and awaiting its letter. */
    public boolean awaitsNotification() {
        return "decided".equals(status);
    }

    public boolean deferred() {
        return "deferred".equals(status);
    }

    public boolean hearingAwaited() {
        return hearing != null && !hearing.held();
    }

    /** S8: a notified decision, or an executed one, may be appealed. */
    public boolean appealable() {
        return Set.of("noSanction", "suspended", "deferred", "executed").contains(status);
    }

    /**
     * The next day the case waits for: the answer date of the formal notice, the hearing, the end of
     * the appeal period or of the probation; none when nothing is awaited.
     */
    public LocalDate nextDeadline() {
        if (formalNotice != null && opinion == null && formalNotice.answeredOn() == null) {
            return formalNotice.respondBy();
        }
        if (hearing != null && hearing.planned() && !hearing.held()) {
            return hearing.plannedOn();
        }
        if (notification != null && notification.appealDeadline() != null && !"appealed".equals(status) && !"closed".equals(status)) {
            return decision != null && decision.probationEndsOn() != null && deferred() ? decision.probationEndsOn()
                    : notification.appealDeadline();
        }
        return null;
    }
}
