package be.cpas.piis.sanctions.api;

import be.cpas.piis.platform.document.Language;
import be.cpas.piis.sanctions.domain.Appeal;
import be.cpas.piis.sanctions.domain.BreachStatus;
import be.cpas.piis.sanctions.domain.DecisionKind;
import be.cpas.piis.sanctions.domain.Origin;
import be.cpas.piis.sanctions.domain.Scope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of breach cases and appeals; dates of facts default to today (X9). */
final class BreachDtos {

    private BreachDtos() {
    }

    /** S1: a breach a social worker reports, with its facts. */
    record NewBreach(@NotNull UUID contractId, @NotBlank @Size(max = 2000) String description, LocalDate occurredOn) {
    }

    /** S2: what the CPAS expects, the day by which the beneficiary may answer (15 days when absent), the day it was sent. */
    record FormalNotice(@NotBlank @Size(max = 4000) String expected, LocalDate respondBy, LocalDate sentOn) {
    }

    /** S2: what the beneficiary answered to the formal notice, and the day the CPAS received it. */
    record NoticeAnswer(@NotBlank @Size(max = 8000) String answer, LocalDate answeredOn) {
    }

    /** S1: why the case was opened in error, and the day it was found. */
    record ClosureInError(@NotBlank @Size(max = 4000) String reasons, LocalDate closedOn) {
    }

    /** S3. */
    record Opinion(@NotBlank @Size(max = 8000) String opinion, LocalDate givenOn) {
    }

    /** S4. */
    record HearingRequest(LocalDate requestedOn) {
    }

    /** A1, S4: when and where the Council hears the beneficiary. */
    record HearingAppointment(@NotNull LocalDate plannedOn, @NotNull LocalTime startsAt, @NotBlank @Size(max = 300) String place) {
    }

    /** A3: the convocation to the hearing went out on {@code sentOn}, in {@code language} (the beneficiary's when absent). */
    record HearingConvocationSent(LocalDate sentOn, Language language) {
    }

    record SentLetterView(UUID id, URI href, String kind, Language language, LocalDate sentOn, Instant recordedAt, String sha256) {
    }

    /** S4: the hearing as it took place. */
    record Hearing(LocalDate heldOn, @NotNull Boolean present, @Size(max = 300) String assistedBy, @NotBlank @Size(max = 8000) String summary) {
    }

    /** S5. */
    record LegitimateReason(@NotBlank @Size(max = 4000) String reason, LocalDate recordedOn) {
    }

    /** S7: the execution is deferred for a probation of that many months. */
    record Deferral(@NotNull Integer probationMonths) {
    }

    /** S6, S7: the Council's decision; {@code length} is an ISO-8601 period such as {@code P1M} or {@code P15D}. */
    record Decision(@NotNull DecisionKind decision, Scope scope, Integer percentage, @DecimalMin("0.01") BigDecimal amount, LocalDate startsOn,
                    Period length, @Valid Deferral deferral, @NotBlank @Size(max = 8000) String reasons, LocalDate decidedOn) {
    }

    /** S8: the day the decision letter was posted by registered mail. */
    record NotificationRequest(LocalDate postedOn) {
    }

    /**
     * S7, S8: the Council executes the deferred suspension from {@code startsOn}, decided on
     * {@code executedOn}, for the {@code reasons} its letter gives, posted on {@code postedOn}.
     */
    record Execution(@NotNull LocalDate startsOn, LocalDate executedOn, @NotBlank @Size(max = 8000) String reasons, LocalDate postedOn) {
    }

    /** S8. */
    record NewAppeal(LocalDate filedOn) {
    }

    /** S8: the tribunal's judgment. */
    record Judgment(@NotNull Appeal.Outcome outcome, LocalDate judgedOn) {
    }

    record FactView(Origin origin, LocalDate occurredOn, String description) {
    }

    record NoticeView(LocalDate sentOn, String sentBy, String expected, LocalDate respondBy, URI letter, LocalDate answeredOn, String answer) {
    }

    record OpinionView(LocalDate givenOn, String givenBy, String opinion) {
    }

    record HearingView(LocalDate requestedOn, LocalDate plannedOn, LocalTime startsAt, String place, LocalDate heldOn, Boolean present,
                       String assistedBy, String summary) {
    }

    record DecisionView(DecisionKind decision, Scope scope, Integer percentage, BigDecimal amount, Period length, LocalDate startsOn,
                        LocalDate endsOn, Integer probationMonths, LocalDate probationEndsOn, String reasons, LocalDate decidedOn,
                        String decidedBy, Integer capMonths, String capReason, String cpasCheck) {
    }

    record NotificationView(LocalDate postedOn, LocalDate notifiedOn, LocalDate appealDeadline, String tribunalName, String tribunalAddress,
                            URI letter) {
    }

    /** S7, S8: the execution of a deferred sanction, decided on {@code decidedOn}, and the letter that notified it. */
    record ExecutionView(LocalDate decidedOn, String decidedBy, LocalDate newBreachOn, String reasons, LocalDate startsOn, LocalDate endsOn,
                         NotificationView notification) {
    }

    record BreachView(UUID id, URI href, UUID contractId, UUID beneficiaryId, BreachStatus status, LocalDate openedOn, List<FactView> facts,
                      NoticeView formalNotice, OpinionView opinion, HearingView hearing, String legitimateReason, DecisionView decision,
                      NotificationView notification, ExecutionView execution, LocalDate executedOn, LocalDate closedOn,
                      String closureReasons) {
    }

    /** S5: a duty of the CPAS on the contract left undone in the period of the breach. */
    record CpasFailureView(String kind, UUID referenceId, LocalDate dueOn) {
    }

    /** S5: what the CPAS owed between {@code from} and {@code to}, whether it kept it, and the summary the record keeps. */
    record CpasSideView(LocalDate from, LocalDate to, boolean kept, List<CpasFailureView> failures, String summary) {
    }

    /**
     * S5, S6: what a decision taken today may be: at most {@code capMonths} of suspension (three on recidivism within a
     * year of {@code earlierDecidedOn}, the day the {@code earlierCase} was decided), none at all when the CPAS failed its
     * side or a legitimate reason was acknowledged.
     */
    record DecisionGroundsView(LocalDate breachOn, int capMonths, String capReason, URI earlierCase, LocalDate earlierDecidedOn,
                               CpasSideView cpasSide, String legitimateReason, boolean suspensionPossible) {
    }

    record AppealView(UUID id, URI href, UUID breachId, URI breach, LocalDate filedOn, Appeal.Outcome outcome, LocalDate judgedOn) {
    }
}
