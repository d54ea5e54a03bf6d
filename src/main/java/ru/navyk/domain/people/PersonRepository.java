package ru.navyk.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface PersonRepository {

    Optional<Person> find(long id);

    /** These people (those that exist), read a few hundred per query: for work on many people at once. */
    List<Person> findAll(Collection<Long> ids);

    Optional<Person> findByEmail(String email);

    Optional<Person> findByPersonnelNumber(String personnelNumber);

    /** Sorted by surname, first name; at most {@code max} from {@code first}. */
    List<Person> search(PersonQuery query, int first, int max);

    long count(PersonQuery query);

    long countAll();

    void add(Person person);

    /**
     * Raises the person's version when the transaction commits although no column of theirs changed, so that of two
     * concurrent changes to their team memberships one fails instead of both landing (two current teams).
     */
    void touch(Person person);

    /** Which of these (lower-cased) e-mails already belong to someone. */
    Set<String> existingEmails(Collection<String> emails);

    Set<String> existingPersonnelNumbers(Collection<String> numbers);
}
