package ru.navyk.domain.hiring;

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
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.InstantConverter;

/** One move of a candidate through the pipeline: from, to, on which day, recorded when and by whom. */
@Entity
@Table(name = "candidate_transition")
public class StageTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20)
    private CandidateStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    private CandidateStage toStage;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = Lengths.USERNAME)
    private String changedBy;

    @Column(name = "note", length = Lengths.NOTE)
    private String note;

    protected StageTransition() {
    }

    StageTransition(Candidate candidate, CandidateStage fromStage, CandidateStage toStage, LocalDate changedOn,
                    Instant changedAt, String changedBy, String note) {
        this.candidate = candidate;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedOn = changedOn;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    void anonymise() {
        note = null;
    }

    public Long getId() {
        return id;
    }

    public CandidateStage getFromStage() {
        return fromStage;
    }

    public CandidateStage getToStage() {
        return toStage;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getNote() {
        return note;
    }
}
