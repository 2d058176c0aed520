package be.cpas.piis.sanctions.domain;

import be.cpas.piis.platform.document.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** What sanctions-service knows of a signed contract: whose it is and the language of the beneficiary's letters. */
@Entity
@Table(name = "sanctioned_contract")
public class SanctionedContract {

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Column(nullable = false, length = 5)
    private String cpas;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Language language;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    protected SanctionedContract() {
    }

    public SanctionedContract(UUID contractId, String cpas, UUID beneficiaryId, Language language, LocalDate signedOn) {
        this.contractId = contractId;
        this.cpas = cpas;
        this.beneficiaryId = beneficiaryId;
        this.language = language;
        this.signedOn = signedOn;
    }

    public UUID contractId() {
        return contractId;
    }

    public UUID beneficiaryId() {
        return beneficiaryId;
    }

    public Language language() {
        return language;
    }

    /** X9: nothing the contract binds to happens before it was signed. */
    public LocalDate signedOn() {
        return signedOn;
    }
}
