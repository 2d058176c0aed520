package be.cpas.piis.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What one party commits to (C3): the beneficiary, the CPAS or a partner. */
@Embeddable
public class Commitment {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Party party;

    @Column(nullable = false, length = 2000)
    private String description;

    protected Commitment() {
    }

    public Commitment(Party party, String description) {
        this.party = party;
        this.description = description;
    }

    public Party party() {
        return party;
    }

    public String description() {
        return description;
    }
}
