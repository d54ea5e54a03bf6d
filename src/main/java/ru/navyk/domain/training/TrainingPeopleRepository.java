package ru.navyk.domain.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.TrainingRecord;

/**
 * The people training addresses, read in a fixed number of queries: members of teams with their positions (and so
 * their job profiles), holders of a job profile, and their upskilling records and documents.
 */
public interface TrainingPeopleRepository {

    /** Active current members of these teams, positions loaded, by name. */
    List<Person> currentMembersOf(Collection<Long> teamIds);

    /** Active people whose current position is described by this job profile, by name. */
    List<Person> currentHoldersOf(long jobProfileId);

    /** Active people whose current position's job profile is one of these. */
    List<Person> currentHoldersOfAny(Collection<Long> jobProfileIds);

    /** These people with their positions and training records loaded. */
    List<Person> withHistory(Collection<Long> personIds);

    /** Active people whose active account holds one of these roles (who may run a training event), by name. */
    List<Person> withAnyRole(Collection<Role> roles);

    Optional<TrainingRecord> findTrainingRecord(long recordId);

    void add(TrainingDocument document);

    Optional<TrainingDocument> findDocument(long id);

    /** Documents of these training records (without their content), in one query. */
    List<TrainingDocument> findDocumentsOf(Collection<Long> trainingRecordIds);
}
