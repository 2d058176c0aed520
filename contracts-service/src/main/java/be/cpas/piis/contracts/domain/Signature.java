package be.cpas.piis.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A party's signature (a partner's with its id): the day it was signed (X9) and when it was recorded. */
@Embeddable
public class Signature {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Party party;

    @Column(name = "partner_id")
    private UUID partnerId;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Signature() {
    }

    Signature(Party party, UUID partnerId, LocalDate signedOn, Instant recordedAt) {
        this.party = party;
        this.partnerId = partnerId;
        this.signedOn = signedOn;
        this.recordedAt = recordedAt;
    }

    public Party party() {
        return party;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    /** Each party signs a contract once; each partner organisation too. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Signature signature && signature.party == party && Objects.equals(signature.partnerId, partnerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, partnerId);
    }
}
