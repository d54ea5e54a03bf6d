package ru.navyk.domain.qualification;

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
import java.time.LocalDate;
import java.util.Objects;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A manager's recorded decision that a person holds (or no longer holds) the qualification level of a generalized
 * function, with the day, the reason and who decided. The level is the one the standard gives the function (A 3,
 * B and C 4, D 5, E 6). Decisions are never changed; a later decision replaces an earlier one for the same function.
 */
@Entity
@Table(name = "level_decision")
public class LevelDecision {

    /** What the decision says. */
    public enum Outcome {
        /** The person holds the function's level from {@code decidedOn}. */
        GRANTED,
        /** The person no longer holds it (e.g. a decision taken in error, or a demotion). */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "generalized_function_id")
    private GeneralizedFunction generalizedFunction;

    @Column(name = "function_code", nullable = false, length = 5)
    private String functionCode;

    @Column(name = "qualification_level", nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private DecisionSource source;

    @Column(name = "source_id")
    private Long sourceId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Person decidedBy;

    @Column(name = "decided_by_name", nullable = false, length = Lengths.TITLE)
    private String decidedByName;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "reason", nullable = false, length = Lengths.NOTE)
    private String reason;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LevelDecision() {
    }

    public LevelDecision(Person person, GeneralizedFunction function, Outcome outcome, DecisionSource source,
                         Long sourceId, Person decidedBy, String decidedByName, LocalDate decidedOn, String reason,
                         Instant recordedAt) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "rule.required");
        }
        this.person = Objects.requireNonNull(person);
        this.generalizedFunction = Objects.requireNonNull(function);
        this.functionCode = function.getCode();
        this.level = function.getLevel();
        this.outcome = Objects.requireNonNull(outcome);
        this.source = Objects.requireNonNull(source);
        this.sourceId = sourceId;
        this.decidedBy = decidedBy;
        this.decidedByName = Objects.requireNonNull(decidedByName);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.reason = reason.strip();
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public GeneralizedFunction getGeneralizedFunction() {
        return generalizedFunction;
    }

    public String getFunctionCode() {
        return functionCode;
    }

    public int getLevel() {
        return level;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public DecisionSource getSource() {
        return source;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }

    public String getDecidedByName() {
        return decidedByName;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
