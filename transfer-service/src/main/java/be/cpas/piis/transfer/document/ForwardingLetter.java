package be.cpas.piis.transfer.document;

import java.time.LocalDate;
import java.util.UUID;

/**
 * T6: the letter telling the beneficiary that their dossier reached a CPAS that is not competent for
 * their new municipality and goes to the competent one. It names no one: the mailing addresses it.
 */
public record ForwardingLetter(UUID transferId, String fromCpasName, String toCpasName, LocalDate movedOn, LocalDate forwardBy,
                               LocalDate issuedOn) {
}
