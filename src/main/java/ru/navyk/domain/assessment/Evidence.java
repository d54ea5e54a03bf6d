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
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * One rating of one person on one competency item: the proficiency on the portal's scale, what produced it (source
 * kind and the id of the interview, log entry, assessment… in its own feature), who rated and when. The item belongs
 * to one model version, so the rating always says what it was measured against. Evidence is never changed: a
 * correction is newer evidence.
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

    protected Evidence() {
    }

    /**
     * @param rater     the rating person, when the rater is an employee (an administrator's account may have none)
     * @param raterName the rater's name as it read when rating, kept even if the person is renamed or leaves
     */
    public Evidence(Person person, CompetencyItem item, Proficiency proficiency, EvidenceSource source,
                    Long sourceId, Person rater, String raterName, LocalDate ratedOn, Instant recordedAt,
                    String note) {
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
}
