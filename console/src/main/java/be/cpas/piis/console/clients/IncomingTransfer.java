package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * T1-T3, T6: a dossier another CPAS sent to this one, with what it holds (none of the contract when
 * the beneficiary refused, T3), the take-over decided (T2), or its forwarding to the competent CPAS.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncomingTransfer(UUID id, String fromCpas, String toCpas, LocalDate movedOn, boolean beneficiaryRefusal, String status,
                               Instant receivedAt, String takeOver, String takeOverReasons, LocalDate takenOverOn, UUID draftContractId,
                               LocalDate forwardBy, LocalDate forwardedOn, Dossier dossier) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dossier(Person beneficiary, DossierContract contract, Evaluations evaluations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String firstName, String lastName, LocalDate birthDate, String language, LocalDate risDecisionDate,
                         Contact contact, Boolean student) {

        public String name() {
            return firstName + " " + lastName;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String email, String phone, String address) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DossierContract(String type, int version, LocalDate startDate, LocalDate endDate, List<Goal> goals,
                                  List<Commitment> commitments, List<Partner> partners) {

        public DossierContract {
            goals = goals == null ? List.of() : List.copyOf(goals);
            commitments = commitments == null ? List.of() : List.copyOf(commitments);
            partners = partners == null ? List.of() : List.copyOf(partners);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Goal(String kind, String title, List<Step> steps) {

        public Goal {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String description, String responsible, LocalDate dueDate, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commitment(String party, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(String name, List<String> goals) {
    }

    /** E1-E5: how the contract's evaluations went at the CPAS it comes from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evaluations(int held, int missed, int planned, LocalDate lastHeldOn) {
    }

    /** T2: still to be decided, here. */
    public boolean awaitsTakeOver() {
        return "received".equals(status);
    }

    public String statusKey() {
        return "incoming_" + status;
    }

    public String takeOverKey() {
        return "done_" + takeOver;
    }
}
