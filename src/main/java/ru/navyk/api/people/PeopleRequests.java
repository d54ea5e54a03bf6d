package ru.navyk.api.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import ru.navyk.application.people.PersonForm;
import ru.navyk.application.people.TeamForm;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.Role;

/**
 * Request bodies of the people API. A {@code version} is the one the caller read; a change based on an older one is
 * refused with 409. Dates are ISO strings ({@code 2025-03-01}).
 */
public final class PeopleRequests {

    private PeopleRequests() {
    }

    /** A person's data as {@code PUT /api/people/{id}} changes it; position and team change through their own calls. */
    public record PersonUpdate(Long version, String personnelNumber, String lastName, String firstName,
                               String middleName, String email, String phone, LocalDate hireDate,
                               EducationLevel education) {

        PersonForm form() {
            return new PersonForm(personnelNumber, lastName, firstName, middleName, email, phone, hireDate, education,
                    null, null, null);
        }
    }

    /** The version a deactivation or reactivation is based on. */
    public record VersionBody(Long version) {
    }

    /** A new position from {@code from}; the current one ends the day before. */
    public record PositionBody(String title, Integer qualificationLevel, LocalDate from) {
    }

    /** A move to another team from {@code from}. */
    public record TeamMoveBody(Long teamId, LocalDate from) {
    }

    /** A completed training. */
    public record TrainingBody(TrainingKind kind, String title, LocalDate completedOn, Integer hours) {
    }

    /** A new account; without a password one is generated. */
    public record AccountBody(String username, Set<Role> roles, String password) {

        Set<Role> roleSet() {
            return PeopleRequests.roleSet(roles);
        }
    }

    /** The roles an account holds from now on, replacing the old ones. */
    public record RolesBody(Long version, Set<Role> roles) {

        Set<Role> roleSet() {
            return PeopleRequests.roleSet(roles);
        }
    }

    /** A name for a new personal token, so its owner can tell tokens apart. */
    public record TokenBody(String name) {
    }

    /** A team's data; department, parent team and supervisor are optional. */
    public record TeamBody(Long version, String name, Long departmentId, Long parentId, Long supervisorId) {

        TeamForm form() {
            return new TeamForm(name, departmentId, parentId, supervisorId);
        }
    }

    /** A new department; parent and head are optional. */
    public record DepartmentBody(String name, Long parentId, Long headId) {
    }

    private static Set<Role> roleSet(Set<Role> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return set;
    }
}
