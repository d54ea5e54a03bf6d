package ru.navyk.domain.assessment;

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
import java.util.Optional;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * One rating of one person on one competency item: the proficiency on the portal's scale, what produced it (source
 * kind and the id of the interview, log entry, assessment… in its own feature), who rated and when. The item belongs
 * to one model version, so the rating always says what it was measured against. Evidence is never changed: a
 * correction is newer evidence.
 *
 * <p>Evidence stores facts, never a phrase in one language, because pages word it in the reader's language. The
 * rater's name is a person's name as it read on the day; a test rates by itself, so for
 * {@link EvidenceSource#COURSE_TEST} and {@link EvidenceSource#KNOWLEDGE_QUIZ} it is only the title of the course
 * version or knowledge-base revision tested (user content, never translated), which pages show as «Тест курса
 * «…»» or "Course test “…”". A course test's score and attempt are {@linkplain #getTestResult() numbers}. The note is
 * the rater's own words, or a fact every language reads alike (a quiz's «3/4»).
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The same column as {@link #person}, read-only: grouping thousands of ratings by person loads no person. */
    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private CompetencyItem item;

    @Column(name = "proficiency", nullable = false)
    private int proficiency;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private EvidenceSource source;

    @Column(name = "source_id")
    private Long sourceId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rater_id")
    private Person rater;

    @Column(name = "rater_name", nullable = false, length = Lengths.TITLE)
    private String raterName;

    @Column(name = "rated_on", nullable = false)
    private LocalDate ratedOn;

    @Convert(converter = InstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "note", length = Lengths.NOTE)
    private String note;

    @Column(name = "test_score")
    private Integer testScore;

    @Column(name = "test_attempt")
    private Integer testAttempt;

    /**
     * What a passed course test showed: the score in per cent and which attempt of the person it was.
     *
     * @param score   0–100
     * @param attempt 1 for the first attempt
     */
    public record TestResult(int score, int attempt) {
        public TestResult {
            if (score < 0 || score > 100 || attempt < 1) {
                throw new IllegalArgumentException("score " + score + ", attempt " + attempt);
            }
        }
    }

    protected Evidence() {
    }

    /**
     * @param rater     the rating person, when the rater is an employee (an administrator's account may have none)
     * @param raterName the rater's name as it read when rating, kept even if the person is renamed or leaves
     */
    public Evidence(Person person, CompetencyItem item, Proficiency proficiency, EvidenceSource source,
                    Long sourceId, Person rater, String raterName, LocalDate ratedOn, Instant recordedAt,
                    String note) {
        this(person, item, proficiency, source, sourceId, rater, raterName, ratedOn, recordedAt, null, note);
    }

    /**
     * @param raterName  for a test, the title of what was tested
     * @param testResult a course test's score and attempt, or {@code null}
     */
    public Evidence(Person person, CompetencyItem item, Proficiency proficiency, EvidenceSource source,
                    Long sourceId, Person rater, String raterName, LocalDate ratedOn, Instant recordedAt,
                    TestResult testResult, String note) {
        this.person = Objects.requireNonNull(person);
        this.item = Objects.requireNonNull(item);
        this.proficiency = proficiency.points();
        this.source = Objects.requireNonNull(source);
        this.sourceId = sourceId;
        this.rater = rater;
        this.raterName = Objects.requireNonNull(raterName);
        this.ratedOn = Objects.requireNonNull(ratedOn);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (testResult != null) {
            this.testScore = testResult.score();
            this.testAttempt = testResult.attempt();
        }
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    /** The rated person's id, without loading the person. */
    public long getPersonId() {
        return personId != null ? personId : person.getId();
    }

    public CompetencyItem getItem() {
        return item;
    }

    public Proficiency getProficiency() {
        return Proficiency.of(proficiency);
    }

    public EvidenceSource getSource() {
        return source;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Person getRater() {
        return rater;
    }

    public String getRaterName() {
        return raterName;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getNote() {
        return note;
    }

    /** A course test's score and attempt; empty for every other rating. */
    public Optional<TestResult> getTestResult() {
        return testScore == null || testAttempt == null ? Optional.empty()
                : Optional.of(new TestResult(testScore, testAttempt));
    }
}
