package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.problem.Wording;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * S6: whether the beneficiary had a sanction decided within the year before this breach, which the
 * service looks up across the beneficiary's contracts in the CPAS.
 *
 * @param breachOn the day of the new breach: its earliest fact
 * @param earlierCase the case whose sanction counts, with the day it was decided
 */
public record Recidivism(LocalDate breachOn, Optional<UUID> earlierCase, Optional<LocalDate> earlierDecidedOn) {

    public boolean applies() {
        return earlierCase.isPresent();
    }

    public int capMonths() {
        return SanctionRules.capMonths(applies());
    }

    /** Why the cap is what it is, for the compliance record and the letter. */
    public Wording reason() {
        return applies()
                ? Wording.of("cap.recidivism", capMonths(), earlierCase.get(), earlierDecidedOn.get(), breachOn)
                : Wording.of("cap.first", capMonths(), breachOn);
    }
}
