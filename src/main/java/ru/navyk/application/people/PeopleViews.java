package ru.navyk.application.people;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.people.Role;

/** What the people services hand to pages and the REST API: plain values, never managed entities. */
public final class PeopleViews {

    private PeopleViews() {
    }

    /** One page of a list and the total it was cut from. */
    public record Page<T>(List<T> items, long total) implements Serializable {
    }

    /** A row of the people list. */
    public record PersonSummary(long id, String fullName, String email, String personnelNumber, Long teamId,
                                String teamName, String position, Integer qualificationLevel, boolean active) implements Serializable {
    }

    /** Everything the viewer may see of one person. */
    public record PersonView(long id, long version, String personnelNumber, String lastName, String firstName,
                             String middleName, String fullName, String email, String phone, LocalDate hireDate,
                             EducationLevel education, boolean active, Long teamId, String teamName,
                             String position, Integer qualificationLevel, List<PositionView> positions,
                             List<MembershipView> memberships, List<TrainingView> trainings, AccountView account) implements Serializable {
    }

    public record PositionView(String title, Integer qualificationLevel, LocalDate startedOn, LocalDate endedOn) implements Serializable {
    }

    public record MembershipView(long teamId, String teamName, LocalDate startedOn, LocalDate endedOn) implements Serializable {
    }

    public record TrainingView(TrainingKind kind, String title, LocalDate completedOn, Integer hours) implements Serializable {
    }

    /** An account as administrators see it; never the password hash. */
    public record AccountView(long id, long version, String username, Set<Role> roles, boolean active,
                              boolean locked, Instant lastLoginAt, String language) implements Serializable {
    }

    /** A team with its place in the organisation. */
    public record TeamView(long id, long version, String name, Long departmentId, String departmentName,
                           Long parentId, String parentName, Long supervisorId, String supervisorName,
                           long memberCount, boolean active) implements Serializable {
    }

    public record DepartmentView(long id, String name, Long parentId, Long headId, String headName) implements Serializable {
    }
}
