package be.cpas.piis.contracts.document;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Contract;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * C8, A1: the convocation to the hearing the beneficiary asked for before signing: to whom, when
 * and where the Council hears them, their rights there, and that the contract waits for the outcome.
 *
 * @param address the beneficiary's postal address, when the CPAS knows it
 */
public record HearingConvocation(UUID contractId, String cpas, String beneficiaryName, String address, LocalDate handedOverOn,
                                 LocalDate requestedOn, LocalDate day, LocalTime startsAt, String place, LocalDate issuedOn) {

    /** The convocation to the hearing planned for {@code contract}, issued on {@code issuedOn}. */
    public static HearingConvocation of(Contract contract, Beneficiary beneficiary, LocalDate issuedOn) {
        String address = beneficiary.contact() == null ? null : beneficiary.contact().address();
        return new HearingConvocation(contract.id(), contract.cpas(), beneficiary.firstName() + " " + beneficiary.lastName(), address,
                contract.handedOverOn(), contract.hearingRequestedOn(), contract.hearingPlannedOn(), contract.hearingStartsAt(),
                contract.hearingPlace(), issuedOn);
    }
}
