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

    /** {@code overdue}: past its due date and still planned (C12). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(UUID id, String description, String responsible, LocalDate dueDate, String status, boolean overdue) {

        public String responsibleKey() {
            return "party_" + responsible;
        }

        public String statusKey() {
            return "step_" + status;
        }
    }

    /** {@code standard}: which of C11's standard student commitments it is, worded in the page's language rather than as stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commitment(String party, String description, String standard) {

        public String partyKey() {
            return "party_" + party;
        }

        /** The key of a standard commitment's words in the follow-up bundle; null for any other. */
        public String standardKey() {
            return standard == null ? null : "commitment_" + standard;
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

    /** C6: whether {@code party} signed; for a partner, the one of {@code partnerId}. */
    public boolean signedBy(String party, UUID partnerId) {
        return signatures.stream().anyMatch(signature -> signature.party().equals(party)
                && (partnerId == null || partnerId.equals(signature.partnerId())));
    }

    /** The name of the partner of {@code partnerId}; empty when it is not a partner of the contract. */
    public String partnerName(UUID partnerId) {
        return partners.stream().filter(partner -> partner.id().equals(partnerId)).map(Partner::name).findFirst().orElse("");
    }

    /** C11: a contract for full-time studies. */
    public boolean isStudent() {
        return "student".equals(type);
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
