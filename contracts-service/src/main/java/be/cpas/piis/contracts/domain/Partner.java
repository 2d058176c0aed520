package be.cpas.piis.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A partner organisation taking part in the contract, and what is expected of it (C6). */
@Embeddable
public class Partner {

    @Column(name = "partner_id", nullable = false)
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String expectations;

    protected Partner() {
    }

    public Partner(String name, String expectations) {
        this(UUID.randomUUID(), name, expectations);
    }

    Partner(UUID id, String name, String expectations) {
        this.id = id;
        this.name = name;
        this.expectations = expectations;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String expectations() {
        return expectations;
    }
}
