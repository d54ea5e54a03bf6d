package ru.navyk.infrastructure.persistence;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ru.navyk.application.qualification.QualificationDataChanges;
import ru.navyk.domain.assessment.Evidence;
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

    /** The server's registry, looked up once (the listener is created by the persistence provider, not CDI). */
    private static volatile TransactionSynchronizationRegistry registry;

    static final List<Class<?>> WATCHED = List.of(Person.class, PositionAssignment.class, TrainingRecord.class,
            TeamMembership.class, Team.class, LevelDecision.class);

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (entity instanceof Evidence rating) {
            evidenceWritten(rating.getPersonId());
            return;
        }
        for (Class<?> watched : WATCHED) {
            if (watched.isInstance(entity)) {
                QualificationDataChanges.changed();
                return;
            }
        }
    }

    /**
     * A rating makes the person's cached progress stale twice: now (at the flush), and again when the transaction
     * ends, because a progress computed between the two from what was committed before would otherwise be kept as
     * current.
     */
    private static void evidenceWritten(long personId) {
        QualificationDataChanges.evidenceChanged(personId);
        TransactionSynchronizationRegistry transaction = transactions();
        if (transaction == null || transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        try {
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: the rating is not committed yet
                }

                @Override
                public void afterCompletion(int status) {
                    QualificationDataChanges.evidenceChanged(personId);
                }
            });
        } catch (IllegalStateException e) {
            // Refused only while the transaction is already completing (a flush at commit): the count of the flush
            // stands, and a row computed in the instant before the commit is stale for at most MatrixCellsCache's
            // maximum age.
        }
    }

    private static TransactionSynchronizationRegistry transactions() {
        TransactionSynchronizationRegistry known = registry;
        if (known == null) {
            try {
                known = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                registry = known;
            } catch (NamingException e) {
                return null; // outside the application server (no JTA): the change was counted at the flush
            }
        }
        return known;
    }
}
