package ru.navyk.domain.development;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/** A comment on a plan by the person or a manager; plain text, shown escaped. */
@Entity
@Table(name = "development_plan_comment")
public class PlanComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private DevelopmentPlan plan;

    @Column(name = "author_name", nullable = false, length = Lengths.TITLE)
    private String authorName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "body", nullable = false, length = Lengths.NOTE)
    private String text;

    protected PlanComment() {
    }

    PlanComment(DevelopmentPlan plan, String authorName, Instant writtenAt, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("comment", "rule.required");
        }
        if (text.strip().length() > Lengths.NOTE) {
            throw new RuleViolationException("comment", "rule.tooLong", Lengths.NOTE);
        }
        this.plan = plan;
        this.authorName = authorName;
        this.writtenAt = writtenAt;
        this.text = text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
