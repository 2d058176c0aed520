package be.cpas.piis.contracts.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * C1: whether a PIIS is compulsory for a beneficiary, and why. Compulsory under 25 and, for RIS
 * granted since 1 November 2016, for every new beneficiary: a first RIS, or a RIS again after more
 * than 3 months without RIS and without employment through a CPAS measure. A beneficiary taken over
 * from the CPAS that was competent before the move (T2) is no new one: the RIS goes on.
 */
public record PiisObligation(boolean compulsory, Reason reason) {

    public enum Reason {
        UNDER_TWENTY_FIVE, FIRST_RIS, RETURNING_AFTER_THREE_MONTHS, CONTINUING_RIS, TAKEN_OVER, NO_RIS_GRANTED
    }

    /** The reform that made the PIIS compulsory for every new beneficiary. */
    public static final LocalDate GENERALISED_ON = LocalDate.of(2016, 11, 1);
    private static final int AGE_LIMIT = 25;
    private static final Period INTERRUPTION = Period.ofMonths(3);

    /** {@code takenOverOn}: the day this CPAS took the beneficiary over from another one (T2), null for its own. */
    public static PiisObligation of(LocalDate birthDate, LocalDate risDecisionDate, LocalDate previousRisEndedOn,
                                    LocalDate cpasEmploymentEndedOn, LocalDate takenOverOn) {
        if (risDecisionDate == null) {
            return new PiisObligation(false, Reason.NO_RIS_GRANTED);
        }
        if (Period.between(birthDate, risDecisionDate).getYears() < AGE_LIMIT) {
            return new PiisObligation(true, Reason.UNDER_TWENTY_FIVE);
        }
        if (risDecisionDate.isBefore(GENERALISED_ON)) {
            return new PiisObligation(false, Reason.CONTINUING_RIS);
        }
        if (takenOverOn != null) {
            return new PiisObligation(false, Reason.TAKEN_OVER);
        }
        if (previousRisEndedOn == null) {
            return new PiisObligation(true, Reason.FIRST_RIS);
        }
        LocalDate lastSupport = cpasEmploymentEndedOn != null && cpasEmploymentEndedOn.isAfter(previousRisEndedOn)
                ? cpasEmploymentEndedOn : previousRisEndedOn;
        return lastSupport.plus(INTERRUPTION).isBefore(risDecisionDate)
                ? new PiisObligation(true, Reason.RETURNING_AFTER_THREE_MONTHS)
                : new PiisObligation(false, Reason.CONTINUING_RIS);
    }
}
