package ru.navyk.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A team (группа) of agents with its supervisor. Teams may sit inside a department and inside another team; the
 * supervisor of a team manages the people of the team and of every team below it.
 */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @Column(name = "name", nullable = false, length = Lengths.TITLE)
    private String name;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Team parent;

    @ManyToOne
    @JoinColumn(name = "supervisor_id")
    private Person supervisor;

    /*
     * The same columns as department, parent and supervisor, read-only: a manager's scope is worked out on every
     * request from these ids alone (TeamStructure), without the departments, teams and people behind them.
     */
    @Column(name = "department_id", insertable = false, updatable = false)
    private Long departmentId;

    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Column(name = "supervisor_id", insertable = false, updatable = false)
    private Long supervisorId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Team() {
    }

    public Team(String name, Department department, Team parent, Person supervisor) {
        change(name, department, parent, supervisor);
    }

    public final void change(String name, Department department, Team parent, Person supervisor) {
        for (Team up = parent; up != null; up = up.parent) {
            if (up == this || (id != null && id.equals(up.id))) {
                throw new IllegalArgumentException("a team cannot sit inside itself");
            }
        }
        this.name = name.strip();
        this.department = department;
        this.parent = parent;
        this.supervisor = supervisor;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /** Same row, whether or not the two objects come from the same persistence context. */
    public boolean isSameAs(Team other) {
        return other != null && (this == other || (id != null && Objects.equals(id, other.id)));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Department getDepartment() {
        return department;
    }

    public Team getParent() {
        return parent;
    }

    public Person getSupervisor() {
        return supervisor;
    }

    public boolean isActive() {
        return active;
    }
}
