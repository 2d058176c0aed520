package be.cpas.piis.contracts.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A goal of the contract and the steps towards it (C3). */
@Entity
@Table(name = "contract_goal")
public class Goal {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GoalKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "goal_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Step> steps = new ArrayList<>();

    protected Goal() {
    }

    public Goal(GoalKind kind, String title, List<Step> steps) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.title = title;
        this.steps = new ArrayList<>(steps);
    }

    public UUID id() {
        return id;
    }

    public GoalKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }
}
