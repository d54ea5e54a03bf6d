package ru.navyk.domain.development;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.InstantConverter;

/** Who moved a plan from one status to another, and when (the creation is the move from nothing to draft). */
@Entity
@Table(name = "development_plan_transition")
public class PlanTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private DevelopmentPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private PlanStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private PlanStatus to;

    @Column(name = "actor_name", nullable = false, length = Lengths.TITLE)
    private String actorName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "happened_at", nullable = false)
    private Instant at;

    protected PlanTransition() {
    }

    PlanTransition(DevelopmentPlan plan, PlanStatus from, PlanStatus to, String actorName, Instant at) {
        this.plan = plan;
        this.from = from;
        this.to = to;
        this.actorName = actorName;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public PlanStatus getFrom() {
        return from;
    }

    public PlanStatus getTo() {
        return to;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }
}
