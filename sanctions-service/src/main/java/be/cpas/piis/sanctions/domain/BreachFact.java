package be.cpas.piis.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** S1: one fact of a breach case, from the event that reported it ({@code sourceId}) or from a social worker. */
@Entity
@Table(name = "breach_fact")
public class BreachFact {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Origin origin;

    @Column(name = "source_id")
    private UUID sourceId;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private int position;

    protected BreachFact() {
    }

    public BreachFact(Origin origin, UUID sourceId, LocalDate occurredOn, String description) {
        this.id = UUID.randomUUID();
        this.origin = origin;
        this.sourceId = sourceId;
        this.occurredOn = occurredOn;
        this.description = description;
    }

    void placeAt(int index) {
        this.position = index;
    }

    public UUID id() {
        return id;
    }

    public Origin origin() {
        return origin;
    }

    public UUID sourceId() {
        return sourceId;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String description() {
        return description;
    }
}
