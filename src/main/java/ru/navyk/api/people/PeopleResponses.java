package ru.navyk.api.people;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import ru.navyk.application.people.PeopleViews.AccountView;
import ru.navyk.application.people.PeopleViews.PersonView;
import ru.navyk.domain.people.Role;

/** Response bodies of the people API that are more than a service's view. */
public final class PeopleResponses {

    private PeopleResponses() {
    }

    /**
     * The caller.
     *
     * @param personId the caller's own person record, {@code null} for an account of no person (the first admin)
     * @param person   the summary of that record, {@code null} likewise
     * @param language the language the caller chose for the portal ({@code ru} or {@code en})
     */
    @JsonbNillable
    public record Me(String username, List<Role> roles, Long personId, MyPerson person, String language) {
    }

    /**
     * The caller's own person record in brief; absent values are written as null. (A record of its own because
     * Yasson writes a null object-valued property only when that property's class is nillable too.)
     */
    @JsonbNillable
    public record MyPerson(long id, String fullName, String email, Long teamId, String teamName, String position,
                           Integer qualificationLevel, boolean active) {

        static MyPerson of(PersonView person) {
            return new MyPerson(person.id(), person.fullName(), person.email(), person.teamId(), person.teamName(),
                    person.position(), person.qualificationLevel(), person.active());
        }
    }

    /** A new account and its first password, shown this once. */
    public record NewAccount(AccountView account, String password) {
    }

    /** A password set by an administrator's reset, shown this once. */
    public record NewPassword(String password) {
    }

    /** A new personal token; {@code token} is the secret, shown this once (only its hash is kept). */
    public record NewToken(long id, String name, String prefix, Instant createdAt, String token) {
    }
}
