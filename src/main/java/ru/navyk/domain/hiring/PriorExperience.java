package ru.navyk.domain.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.navyk.domain.people.Lengths;

/** A candidate's prior job: role, employer, duration, and whether it was customer-contact work. */
@Entity
@Table(name = "candidate_experience")
public class PriorExperience {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Column(name = "position_no", nullable = false)
    private int position;

    @Column(name = "role", nullable = false, length = Lengths.TITLE)
    private String role;

    @Column(name = "employer", length = Lengths.TITLE)
    private String employer;

    @Column(name = "months", nullable = false)
    private int months;

    @Column(name = "customer_contact", nullable = false)
    private boolean customerContact;

    protected PriorExperience() {
    }

    PriorExperience(Candidate candidate, int position, String role, String employer, int months,
                    boolean customerContact) {
        this.candidate = candidate;
        this.position = position;
        this.role = role;
        this.employer = employer;
        this.months = months;
        this.customerContact = customerContact;
    }

    /** Keeps the duration and kind of work for statistics; what could identify the candidate goes. */
    void anonymise() {
        role = Candidate.PLACEHOLDER;
        employer = null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getRole() {
        return role;
    }

    public String getEmployer() {
        return employer;
    }

    public int getMonths() {
        return months;
    }

    public boolean isCustomerContact() {
        return customerContact;
    }
}
