package ru.navyk.domain.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;

/** The rating of one profile item in one interview or test. */
@Entity
@Table(name = "candidate_rating")
public class InterviewRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    private CandidateAssessment assessment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private CompetencyItem item;

    @Column(name = "proficiency", nullable = false)
    private int proficiency;

    @Column(name = "note", length = Lengths.NOTE)
    private String note;

    protected InterviewRating() {
    }

    InterviewRating(CandidateAssessment assessment, CompetencyItem item, Proficiency proficiency, String note) {
        this.assessment = assessment;
        this.item = item;
        this.proficiency = proficiency.points();
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    void anonymise() {
        note = null;
    }

    public Long getId() {
        return id;
    }

    public CandidateAssessment getAssessment() {
        return assessment;
    }

    public CompetencyItem getItem() {
        return item;
    }

    public Proficiency getProficiency() {
        return Proficiency.of(proficiency);
    }

    public String getNote() {
        return note;
    }
}
