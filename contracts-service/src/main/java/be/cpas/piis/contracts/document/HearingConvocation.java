package be.cpas.piis.contracts.document;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Contract;
import be.cpas.piis.platform.document.Letter;
import be.cpas.piis.platform.recipients.LetterRecipients;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * C8, A1: the convocation to the hearing the beneficiary asked for before signing: from the CPAS
 * (its letterhead, A4), to the beneficiary at their postal address, when and where the Council hears
 * them, their rights there, and that the contract waits for the outcome.
 */
public record HearingConvocation(UUID contractId, Letter.Party cpas, Letter.Party beneficiary, LocalDate handedOverOn,
                                 LocalDate requestedOn, LocalDate day, LocalTime startsAt, String place, LocalDate issuedOn) {

    /**
     * The convocation to the hearing planned for {@code contract}, from {@code letterhead}, issued on
     * {@code issuedOn}; refused with rule A4 while the beneficiary's postal address is not recorded.
     */
    public static HearingConvocation of(Contract contract, Beneficiary beneficiary, Letter.Party letterhead, LocalDate issuedOn) {
        Letter.Party recipient = LetterRecipients.posted(beneficiary.id(), beneficiary.firstName() + " " + beneficiary.lastName(),
                beneficiary.contact() == null ? null : beneficiary.contact().address());
        return new HearingConvocation(contract.id(), letterhead, recipient, contract.handedOverOn(), contract.hearingRequestedOn(),
                contract.hearingPlannedOn(), contract.hearingStartsAt(), contract.hearingPlace(), issuedOn);
    }
}
