package ru.navyk.domain.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.TrainingRecord;

/**
 * What the eligibility rules read about a person: education, completed training and position history, as plain
 * values (so the rules are pure and tested without a database).
 *
 * @param education highest completed education, or {@code null} when not recorded
 */
public record QualificationFacts(LocalDate hireDate, EducationLevel education, List<Training> trainings,
                                 List<Position> positions) {

    public QualificationFacts {
        trainings = List.copyOf(trainings);
        positions = List.copyOf(positions);
    }

    /** A completed training. */
    public record Training(TrainingKind kind, LocalDate completedOn) {
        public Training {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(completedOn);
        }
    }

    /**
     * A position held from {@code startedOn} to {@code endedOn}, both inclusive ({@code endedOn} null while held).
     *
     * @param level the position's qualification level, or {@code null} for positions outside the standard
     */
    public record Position(Integer level, LocalDate startedOn, LocalDate endedOn) {
        public Position {
            Objects.requireNonNull(startedOn);
        }
    }

    public static QualificationFacts of(Person person) {
        return new QualificationFacts(person.getHireDate(), person.getEducation(),
                person.getTrainings().stream().map(QualificationFacts::training).toList(),
                person.getPositions().stream().map(QualificationFacts::position).toList());
    }

    private static Training training(TrainingRecord record) {
        return new Training(record.getKind(), record.getCompletedOn());
    }

    private static Position position(PositionAssignment assignment) {
        return new Position(assignment.getQualificationLevel(), assignment.getStartedOn(), assignment.getEndedOn());
    }
}
