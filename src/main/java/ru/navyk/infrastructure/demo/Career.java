package ru.navyk.infrastructure.demo;

import java.time.LocalDate;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Team;

/**
 * A demo person's working life written as it happened, oldest first: promotions, transfers, completed training. It
 * goes through the entity's own methods, so the demo history obeys the same rules as real data (a new position closes
 * the previous one the day before).
 */
final class Career {

    private final Person person;

    Career(Person person) {
        this.person = person;
    }

    Career promoted(String title, Integer level, LocalDate from) {
        person.assignPosition(title, level, from);
        return this;
    }

    Career transferred(Team team, LocalDate from) {
        person.moveToTeam(team, from);
        return this;
    }

    Career trained(TrainingKind kind, String title, LocalDate completedOn, int hours) {
        person.recordTraining(kind, title, completedOn, hours);
        return this;
    }

    /** Left the centre on {@code day}: deactivated, out of their team. */
    Career left(LocalDate day) {
        person.deactivate();
        person.leaveTeam(day);
        return this;
    }

    Person person() {
        return person;
    }
}
