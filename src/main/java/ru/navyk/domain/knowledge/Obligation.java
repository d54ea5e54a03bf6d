package ru.navyk.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;

/**
 * One person's duty, from one campaign, to acknowledge one revision by the campaign's deadline. It ends either done
 * (with exactly one {@link Acknowledgement}) or superseded by a campaign for a newer revision of the same article.
 * Changes of status happen under a row lock (see the repository), so an acknowledgement and a supersession of the
 * same obligation never both win.
 */
@Entity
@Table(name = "kb_obligation")
public class Obligation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The same column as {@link #person}, read-only: whose obligation it is, known without loading the person. */
    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    private ArticleRevision revision;

    /** The same column as {@link #revision}, read-only: for queries that may not join (Derby's FOR UPDATE). */
    @Column(name = "revision_id", insertable = false, updatable = false)
    private Long revisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ObligationStatus status = ObligationStatus.PENDING;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by")
    private Campaign supersededBy;

    protected Obligation() {
    }

    public Obligation(Campaign campaign, Person person, Instant createdAt) {
        this.campaign = campaign;
        this.person = person;
        this.article = campaign.getArticle();
        this.revision = campaign.getRevision();
        this.deadline = campaign.getDeadline();
        this.createdAt = createdAt;
    }

    public boolean isOpen() {
        return status == ObligationStatus.PENDING;
    }

    /** Whether the deadline has passed without an acknowledgement. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && isPast(deadline, today);
    }

    /** Whether {@code today} is after the deadline: the deadline day itself is still in time. */
    static boolean isPast(LocalDate deadline, LocalDate today) {
        return today.isAfter(deadline);
    }

    public void complete(Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("obligation " + id + " is " + status);
        }
        status = ObligationStatus.DONE;
        closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Person getPerson() {
        return person;
    }

    /** The obliged person's id, without loading the person. */
    public long getPersonId() {
        return personId != null ? personId : person.getId();
    }

    public Article getArticle() {
        return article;
    }

    public ArticleRevision getRevision() {
        return revision;
    }

    public ObligationStatus getStatus() {
        return status;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Campaign getSupersededBy() {
        return supersededBy;
    }
}
