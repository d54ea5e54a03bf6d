package ru.navyk.domain.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;

/**
 * One alternative of a generalized function's education requirement: at least {@code minLevel} and all the listed
 * training. Any one alternative suffices.
 */
@Embeddable
public class EducationOption {

    @Enumerated(EnumType.STRING)
    @Column(name = "min_level", nullable = false, length = 30)
    private EducationLevel minLevel;

    /** Training kinds, comma-separated; a small fixed vocabulary, so a join table would only add queries. */
    @Column(name = "training", nullable = false, length = 200)
    private String training;

    protected EducationOption() {
    }

    public EducationOption(EducationLevel minLevel, List<TrainingKind> training) {
        this.minLevel = minLevel;
        this.training = String.join(",", training.stream().map(Enum::name).toList());
    }

    public EducationLevel getMinLevel() {
        return minLevel;
    }

    public List<TrainingKind> getTraining() {
        return training.isEmpty() ? List.of()
                : Arrays.stream(training.split(",")).map(TrainingKind::valueOf).toList();
    }
}
