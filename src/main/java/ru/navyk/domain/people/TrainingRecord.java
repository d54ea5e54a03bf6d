package ru.navyk.domain.people;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import ru.navyk.domain.competency.TrainingKind;

/**
 * Completed professional training or upskilling (the standard recommends upskilling at least once every three
 * years), as part of a person's education record.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private TrainingKind kind;

    @Column(name = "title", nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "hours")
    private Integer hours;

    protected TrainingRecord() {
    }

    TrainingRecord(Person person, TrainingKind kind, String title, LocalDate completedOn, Integer hours) {
        this.person = person;
        this.kind = kind;
        this.title = title.strip();
        this.completedOn = completedOn;
        this.hours = hours;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Integer getHours() {
        return hours;
    }
}
