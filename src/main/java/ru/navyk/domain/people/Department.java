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

/** A department of the centre; departments nest, and the head of a department manages every team inside it. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @Column(name = "name", nullable = false, length = Lengths.TITLE)
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Department parent;

    @ManyToOne
    @JoinColumn(name = "head_id")
    private Person head;

    /* The same columns as parent and head, read-only: see Team's ids. */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Column(name = "head_id", insertable = false, updatable = false)
    private Long headId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Department() {
    }

    public Department(String name, Department parent, Person head) {
        this.name = name.strip();
        this.parent = parent;
        this.head = head;
    }

    public void change(String name, Department parent, Person head) {
        for (Department up = parent; up != null; up = up.parent) {
            if (up == this) {
                throw new IllegalArgumentException("a department cannot sit inside itself");
            }
        }
        this.name = name.strip();
        this.parent = parent;
        this.head = head;
    }

    public void deactivate() {
        active = false;
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

    public Department getParent() {
        return parent;
    }

    public Person getHead() {
        return head;
    }

    public boolean isActive() {
        return active;
    }
}
