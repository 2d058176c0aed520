package be.cpas.piis.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** A party's signature: the day it was signed (X9) and when it was recorded. */
@Embeddable
public class Signature {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Party party;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Signature() {
    }

    Signature(Party party, LocalDate signedOn, Instant recordedAt) {
        this.party = party;
        this.signedOn = signedOn;
        this.recordedAt = recordedAt;
    }

    public Party party() {
        return party;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    /** A party signs a contract version once. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Signature signature && signature.party == party;
    }

    @Override
    public int hashCode() {
        return party.hashCode();
    }
}
