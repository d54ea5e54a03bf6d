package ru.navyk.domain.probation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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

/** One extension of a probation: from which end to which, why, by whom, when. Never changed. */
@Entity
@Table(name = "probation_extension")
public class ProbationExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "probation_id")
    private Probation probation;

    @Column(name = "previous_end", nullable = false)
    private LocalDate previousEnd;

    @Column(name = "new_end", nullable = false)
    private LocalDate newEnd;

    @Column(name = "reason", nullable = false, length = Lengths.NOTE)
    private String reason;

    @Column(name = "extended_by_name", nullable = false, length = Lengths.TITLE)
    private String extendedByName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "extended_at", nullable = false)
    private Instant extendedAt;

    protected ProbationExtension() {
    }

    ProbationExtension(Probation probation, LocalDate previousEnd, LocalDate newEnd, String reason,
                       String extendedByName, Instant extendedAt) {
        this.probation = probation;
        this.previousEnd = previousEnd;
        this.newEnd = newEnd;
        this.reason = reason;
        this.extendedByName = extendedByName;
        this.extendedAt = extendedAt;
    }

    public LocalDate getPreviousEnd() {
        return previousEnd;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public String getReason() {
        return reason;
    }

    public String getExtendedByName() {
        return extendedByName;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }
}
