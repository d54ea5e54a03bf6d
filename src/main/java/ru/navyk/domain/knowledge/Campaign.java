package ru.navyk.domain.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.domain.shared.InstantConverter;

/**
 * A request that an audience acknowledge one revision of an article by a deadline (D/03.5/LA06). The audience is kept
 * as chosen (kind and values, plus a readable label); who was actually asked is the campaign's obligations, fixed when
 * it was published.
 */
@Entity
@Table(name = "kb_campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    private ArticleRevision revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, length = 30)
    private AudienceKind audienceKind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_campaign_audience", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "audience_value", nullable = false, length = KnowledgeLengths.AUDIENCE_VALUE)
    private List<String> audienceValues = new ArrayList<>();

    @Column(name = "audience_label", nullable = false, length = 1000)
    private String audienceLabel;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Campaign() {
    }

    public Campaign(ArticleRevision revision, Audience audience, String audienceLabel, LocalDate deadline,
                    String createdBy, Instant createdAt) {
        this.article = revision.getArticle();
        this.revision = revision;
        this.audienceKind = audience.kind();
        this.audienceValues.addAll(audience.values());
        this.audienceLabel = audienceLabel.length() > 1000 ? audienceLabel.substring(0, 999) + "…" : audienceLabel;
        this.deadline = deadline;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Audience audience() {
        return Audience.of(audienceKind, audienceValues);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Article getArticle() {
        return article;
    }

    public ArticleRevision getRevision() {
        return revision;
    }

    public AudienceKind getAudienceKind() {
        return audienceKind;
    }

    public String getAudienceLabel() {
        return audienceLabel;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
