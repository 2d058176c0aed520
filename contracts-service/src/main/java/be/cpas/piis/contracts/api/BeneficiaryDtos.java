package be.cpas.piis.contracts.api;

import be.cpas.piis.contracts.domain.Beneficiary;
import be.cpas.piis.contracts.domain.Contact;
import be.cpas.piis.contracts.domain.PiisObligation;
import be.cpas.piis.platform.document.Language;
import be.cpas.piis.platform.ssin.ValidSsin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/** The JSON shapes of {@code /piis/v1/beneficiaries}. */
final class BeneficiaryDtos {

    private BeneficiaryDtos() {
    }

    record NewBeneficiary(
            @NotNull @ValidSsin String ssin,
            @NotBlank @Size(max = 200) String firstName,
            @NotBlank @Size(max = 200) String lastName,
            @NotNull @PastOrPresent LocalDate birthDate,
            @NotNull Language language,
            @Valid ContactDto contact,
            Boolean student,
            LocalDate risDecisionDate,
            @PastOrPresent LocalDate previousRisEndedOn,
            @PastOrPresent LocalDate cpasEmploymentEndedOn,
            @Pattern(regexp = "\\d{5}") String takenOverFrom,
            LocalDate takenOverOn) {
    }

    record ContactDto(@Email @Size(max = 254) String email, @Size(max = 50) String phone, @Size(max = 500) String address) {

        static ContactDto of(Contact contact) {
            return contact == null ? null : new ContactDto(contact.email(), contact.phone(), contact.address());
        }

        Contact toContact() {
            return new Contact(email, phone, address);
        }
    }

    /** Whom to find: the one beneficiary with a NISS, or those whose names begin with the words of {@code name}. */
    record BeneficiaryQuery(@ValidSsin String ssin, @Size(max = 200) String name) {
    }

    /** C1: whether a PIIS is compulsory, and the case that decided it. */
    record ObligationView(boolean compulsory, PiisObligation.Reason reason) {
    }

    record BeneficiaryView(UUID id, URI href, String ssin, String firstName, String lastName, LocalDate birthDate,
                           Language language, ContactDto contact, boolean student, LocalDate risDecisionDate,
                           LocalDate previousRisEndedOn,
                           LocalDate cpasEmploymentEndedOn, String takenOverFrom, LocalDate takenOverOn, ObligationView piisObligation,
                           boolean exempted, LocalDate signingDeadline) {

        static BeneficiaryView of(Beneficiary beneficiary, URI href) {
            PiisObligation obligation = beneficiary.obligation();
            return new BeneficiaryView(beneficiary.id(), href, beneficiary.ssin(), beneficiary.firstName(), beneficiary.lastName(),
                    beneficiary.birthDate(), beneficiary.language(), ContactDto.of(beneficiary.contact()), beneficiary.isStudent(),
                    beneficiary.risDecisionDate(),
                    beneficiary.previousRisEndedOn(), beneficiary.cpasEmploymentEndedOn(), beneficiary.takenOverFrom(),
                    beneficiary.takenOverOn(), new ObligationView(obligation.compulsory(), obligation.reason()), beneficiary.isExempted(),
                    beneficiary.signingDeadline());
        }
    }
}
