package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A contract as contracts-service shows it, as far as the pages of the console read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contract(UUID id, UUID beneficiaryId, String type, String status, int version, LocalDate startDate,
                       LocalDate endDate, String referentWorker, String replacementWorker, String personOfTrust,
                       List<Goal> goals, List<Commitment> commitments, List<Partner> partners, List<Signature> signatures,
                       LocalDate handedOverOn, LocalDate reflectionEndsOn, Hearing hearing, LocalDate signedOn, LocalDate endedOn) {

    public Contract {
        goals = goals == null ? List.of() : List.copyOf(goals);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        partners = partners == null ? List.of() : List.copyOf(partners);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Goal(String kind, String title, List<Step> steps) {

        public Goal {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        public String kindKey() {
            return "goal_" + kind;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(UUID id, String description, String responsible, LocalDate dueDate, String status) {

        public String responsibleKey() {
            return "party_" + responsible;
        }

        public String statusKey() {
            return "step_" + status;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commitment(String party, String description) {

        public String partyKey() {
            return "party_" + party;
        }
    }

    /** C8: the beneficiary asked to be heard by the Council before signing; planned, then held with its outcome. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hearing(LocalDate requestedOn, LocalDate plannedOn, LocalTime startsAt, String place, LocalDate heldOn,
                          String outcome) {

        public boolean planned() {
            return plannedOn != null;
        }

        public boolean held() {
            return heldOn != null;
        }

        /** What the appointment form shows: the hearing as planned, blank before. */
        public String plannedOnField() {
            return plannedOn == null ? "" : plannedOn.toString();
        }

        public String startsAtField() {
            return startsAt == null ? "" : startsAt.toString();
        }

        public String placeField() {
            return place == null ? "" : place;
        }
    }

    /** C3: a partner of the contract and what is expected of them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(UUID id, String name, String expectations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signature(String party, UUID partnerId, LocalDate signedOn) {

        public String partyKey() {
            return "party_" + party;
        }
    }

    /** The key of the status's words in the console's message bundle. */
    public String statusKey() {
        return "status_" + status;
    }

    public boolean isDraft() {
        return "draft".equals(status);
    }

    public boolean isProposed() {
        return "proposed".equals(status);
    }

    public boolean isActive() {
        return "active".equals(status);
    }
}
