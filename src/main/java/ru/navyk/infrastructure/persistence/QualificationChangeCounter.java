package ru.navyk.infrastructure.persistence;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;
import ru.navyk.application.qualification.QualificationDataChanges;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamMembership;
import ru.navyk.domain.people.TrainingRecord;
import ru.navyk.domain.qualification.LevelDecision;

/**
 * Tells {@link QualificationDataChanges} of every row of the qualification views' sources written through the
 * persistence context, whichever service wrote it. A default entity listener of the persistence unit
 * ({@code META-INF/orm.xml}), so the domain's entities need not know of it.
 */
public class QualificationChangeCounter {

    static final List<Class<?>> WATCHED = List.of(Person.class, PositionAssignment.class, TrainingRecord.class,
            TeamMembership.class, Team.class, LevelDecision.class);

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        for (Class<?> watched : WATCHED) {
            if (watched.isInstance(entity)) {
                QualificationDataChanges.changed();
                return;
            }
        }
    }
}
