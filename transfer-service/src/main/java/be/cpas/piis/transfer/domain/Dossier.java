package be.cpas.piis.transfer.domain;

import be.cpas.piis.platform.ssin.ValidSsin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * T1-T3, T5: what the CPAS the beneficiary leaves sends to the competent one: who moved, from where,
 * when, and the contract as it stands (its version, goals, steps and their status, commitments).
 * When the beneficiary refused the transfer (T3) it carries no contract: only the fact of the move.
 * This is also the body of {@code POST /incomingTransfers} between CPAS systems.
 */
public record Dossier(@NotNull UUID transferId, @NotNull @Pattern(regexp = "\\d{5}") String fromCpas,
                      @NotNull @Pattern(regexp = "\\d{5}") String toCpas, @NotNull LocalDate movedOn, boolean beneficiaryRefused,
                      @NotNull @Valid Person beneficiary, @Valid Contract contract, Evaluations evaluations) {

    /**
     * How the contract's evaluations went (E1-E5): how many took place, were missed without excuse,
     * are still planned, and the last one held. Absent when refused (T3) or when evaluation-service
     * could not tell.
     */
    public record Evaluations(int held, int missed, int planned, LocalDate lastHeldOn) {
    }

    /** The beneficiary as the new CPAS needs to find or register them; {@code language} is {@code fr}, {@code nl} or {@code de}. */
    public record Person(@NotNull @ValidSsin String ssin, @NotBlank @Size(max = 200) String firstName, @NotBlank @Size(max = 200) String lastName,
                         @NotNull LocalDate birthDate, @Pattern(regexp = "fr|nl|de") String language) {
    }

    /** {@code type} is {@code general} or {@code student}. */
    public record Contract(UUID contractId, String type, int version, LocalDate startDate, LocalDate endDate, List<Goal> goals,
                           List<Commitment> commitments) {
    }

    /** {@code kind} as contracts-service names it, e.g. {@code professional}. */
    public record Goal(String kind, String title, List<Step> steps) {
    }

    /** {@code responsible} is {@code beneficiary}, {@code cpas} or {@code partner}; {@code status} {@code planned}, {@code done}... */
    public record Step(String description, String responsible, LocalDate dueDate, String status) {
    }

    public record Commitment(String party, String description) {
    }
}
