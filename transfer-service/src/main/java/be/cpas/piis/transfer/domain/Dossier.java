package be.cpas.piis.transfer.domain;

import be.cpas.piis.platform.problem.InputIssue;
import be.cpas.piis.platform.problem.InvalidInputException;
import be.cpas.piis.platform.problem.RuleViolationException;
import be.cpas.piis.platform.problem.Wording;
import be.cpas.piis.platform.ssin.ValidSsin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * T1-T3, T5: what the CPAS the beneficiary leaves sends to the competent one: who moved, from where,
 * when, what the new CPAS needs to register them (RIS history, contact, student status), and the
 * contract as it stands (its version, goals, steps and their status, commitments, partners).
 * When the beneficiary refused the transfer (T3) it carries no contract: only the fact of the move.
 * This is also the body of {@code POST /incomingTransfers} between CPAS systems.
 * <p>
 * Its constraints say what a take-over needs (T2), so that a dossier is refused whole when it arrives
 * rather than failing halfway through its take-over; texts and lists are bounded as contracts-service
 * bounds what the take-over passes on to it.
 */
@ContractUnlessRefused
public record Dossier(@NotNull UUID transferId, @NotNull @Pattern(regexp = "\\d{5}") String fromCpas,
                      @NotNull @Pattern(regexp = "\\d{5}") String toCpas, @NotNull LocalDate movedOn, boolean beneficiaryRefused,
                      @NotNull @Valid Person beneficiary, @Valid Contract contract, @Valid Evaluations evaluations) {

    /**
     * How the contract's evaluations went (E1-E5): how many took place, were missed without excuse,
     * are still planned, and the last one held. Absent when refused (T3) or when evaluation-service
     * could not tell.
     */
    public record Evaluations(@PositiveOrZero int held, @PositiveOrZero int missed, @PositiveOrZero int planned, LocalDate lastHeldOn) {
    }

    /**
     * The beneficiary as the new CPAS needs to find or register them (T2); {@code language} is
     * {@code fr}, {@code nl} or {@code de}. The RIS history (the decision of the RIS the beneficiary
     * receives, the end of the one before, of an employment through a CPAS measure after it), the
     * contact and the student status are as the sending CPAS knows them, each absent when it does
     * not, and all absent when the beneficiary refused the transfer (T3, X10).
     */
    @BirthDateOfItsSsin
    public record Person(@NotNull @ValidSsin String ssin, @NotBlank @Size(max = 200) String firstName, @NotBlank @Size(max = 200) String lastName,
                         @NotNull LocalDate birthDate, @NotNull @Pattern(regexp = "fr|nl|de") String language, LocalDate risDecisionDate,
                         LocalDate previousRisEndedOn, LocalDate cpasEmploymentEndedOn, @Valid Contact contact, Boolean student) {

        /** Who moved, without what the new CPAS needs only to take the contract over (T3, X10). */
        public Person onlyWhoMoved() {
            return new Person(ssin, firstName, lastName, birthDate, language, null, null, null, null, null);
        }
    }

    /** How the new CPAS reaches the beneficiary, bounded as contracts-service bounds it. */
    public record Contact(@Email @Size(max = 254) String email, @Size(max = 50) String phone, @Size(max = 500) String address) {
    }

    /** C3: one or more goals, each with its steps (possibly none yet), and the commitments of each party; C6: its partners, if any. */
    public record Contract(@NotNull UUID contractId, @NotNull @Pattern(regexp = "general|student") String type, @Positive int version,
                           @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                           @NotEmpty @Size(max = 50) List<@NotNull @Valid Goal> goals,
                           @NotNull @Size(max = 100) List<@NotNull @Valid Commitment> commitments,
                           @Size(max = 20) List<@NotNull @Valid Partner> partners) {

        /** T2: the partners that take part in one of {@code kept}, and only those. */
        public List<Partner> partnersOf(List<Goal> kept) {
            List<String> titles = kept.stream().map(Goal::title).toList();
            return partners == null ? List.of() : partners.stream().filter(partner -> partner.goals().stream().anyMatch(titles::contains)).toList();
        }

        /** C3: a contract ends after it starts, the one that moves as the one a take-over drafts from it. */
        public static void requireEndsAfterStart(LocalDate startDate, LocalDate endDate) {
            if (!endDate.isAfter(startDate)) {
                throw new RuleViolationException("C3", Wording.of("contract.endsBeforeStart", startDate, endDate));
            }
        }
    }

    /** {@code kind} as contracts-service names it: {@code professional}, {@code social} or {@code studies}. */
    public record Goal(@NotNull @Pattern(regexp = "professional|social|studies") String kind, @NotBlank @Size(max = 500) String title,
                       @NotNull @Size(max = 100) List<@NotNull @Valid Step> steps) {
    }

    /** {@code responsible} is {@code beneficiary}, {@code cpas} or {@code partner}; {@code status} {@code planned}, {@code done} or {@code cancelled}. */
    public record Step(@NotBlank @Size(max = 2000) String description, @NotNull @Pattern(regexp = "beneficiary|cpas|partner") String responsible,
                       LocalDate dueDate, @NotNull @Pattern(regexp = "planned|done|cancelled") String status) {
    }

    public record Commitment(@NotNull @Pattern(regexp = "beneficiary|cpas|partner") String party,
                             @NotBlank @Size(max = 2000) String description) {
    }

    /** C6: a partner organisation, what is expected of it, and the goals it takes part in, by their titles. */
    public record Partner(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 2000) String expectations,
                          @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> goals) {
    }

    /**
     * What a structurally valid dossier must still respect: when the beneficiary refused the
     * transfer, only the fact of the move (T3); a contract that ends after it starts (C3), whose
     * partners take part in goals it has.
     */
    public void requireCoherent() {
        if (beneficiaryRefused && (contract != null || !beneficiary.equals(beneficiary.onlyWhoMoved()))) {
            throw new RuleViolationException("T3", Wording.of("dossier.contentRefused"));
        }
        if (contract == null) {
            return;
        }
        Contract.requireEndsAfterStart(contract.startDate(), contract.endDate());
        List<String> titles = contract.goals().stream().map(Goal::title).toList();
        List<Partner> partners = contract.partners() == null ? List.of() : contract.partners();
        for (int i = 0; i < partners.size(); i++) {
            if (!titles.containsAll(partners.get(i).goals())) {
                throw new InvalidInputException(InputIssue.invalid("body", "contract.partners[" + i + "].goals", null,
                        "names by their titles goals of the contract"));
            }
        }
    }
}
