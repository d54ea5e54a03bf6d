package ru.navyk.domain.hiring;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * An interview or test of a candidate: which items of the vacancy's profile were checked, the rating of each on the
 * portal's one proficiency scale, who checked and when. These stay in hiring while the person is a candidate; a hire
 * copies them into the new employee's evidence, with this record's id as the source.
 */
@Entity
@Table(name = "candidate_assessment")
public class CandidateAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AssessmentKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interviewer_id")
    private Person interviewer;

    @Column(name = "interviewer_name", nullable = false, length = Lengths.TITLE)
    private String interviewerName;

    @Column(name = "notes", length = Lengths.NOTE)
    private String notes;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = Lengths.USERNAME)
    private String recordedBy;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<InterviewRating> ratings = new ArrayList<>();

    protected CandidateAssessment() {
    }

    /**
     * @param interviewer     the interviewer when they are an employee, else {@code null}
     * @param interviewerName the interviewer's name as it read on the day (an external recruiter has only this)
     */
    CandidateAssessment(Candidate candidate, AssessmentKind kind, LocalDate heldOn, Person interviewer,
                        String interviewerName, String notes, Instant recordedAt, String recordedBy) {
        this.candidate = candidate;
        this.kind = Objects.requireNonNull(kind);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.interviewer = interviewer;
        this.interviewerName = interviewerName.strip();
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    void rate(CompetencyItem item, Proficiency proficiency, String note) {
        ratings.add(new InterviewRating(this, item, proficiency, note));
    }

    void anonymise() {
        notes = null;
        ratings.forEach(InterviewRating::anonymise);
    }

    public Long getId() {
        return id;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Person getInterviewer() {
        return interviewer;
    }

    public String getInterviewerName() {
        return interviewerName;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** Ratings in the items' code order. */
    public List<InterviewRating> getRatings() {
        return ratings.stream().sorted(Comparator.comparing(r -> r.getItem().getCode())).toList();
    }
}
