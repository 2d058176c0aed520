package be.cpas.piis.transfer.document;

import be.cpas.piis.platform.document.Letter;
import java.time.LocalDate;
import java.util.UUID;

/**
 * T6: the letter telling the beneficiary that their dossier reached this system, which does not serve
 * the CPAS competent for their new municipality, and goes on to that CPAS: written by the CPAS that
 * runs this system (its letterhead, A4) to the beneficiary the dossier names.
 */
public record ForwardingLetter(UUID transferId, Letter.Party writer, Letter.Party beneficiary, String fromCpasName, String toCpasName,
                               LocalDate movedOn, LocalDate forwardBy, LocalDate issuedOn) {
}
