package ru.navyk.domain.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import ru.navyk.domain.shared.InstantConverter;

/**
 * An article of the knowledge base. Its text lives in {@link ArticleRevision}s, which are never changed: every save
 * adds the next revision, and the article points at the newest one. Tags and the competency items it supports belong
 * to the article, not to a revision, because they say what the article is about rather than what it says.
 *
 * <p>{@code key} is the stable name of the article ({@code tariff-change}); a content file with the same {@code id}
 * updates it.
 */
@Entity
@Table(name = "kb_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @Column(name = "article_key", nullable = false, unique = true, length = KnowledgeLengths.KEY)
    private String key;

    @Column(name = "title", nullable = false, length = KnowledgeLengths.TITLE)
    private String title;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Lob
    @Column(name = "search_text")
    private String searchText;

    @Column(name = "source_hash", length = 64)
    private String sourceHash;

    @Column(name = "imported_revision")
    private Integer importedRevision;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag", nullable = false, length = KnowledgeLengths.TAG)
    private Set<String> tags = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_article_link", joinColumns = @JoinColumn(name = "article_id"))
    private Set<CompetencyLink> links = new LinkedHashSet<>();

    protected Article() {
    }

    public Article(String key, String title, Instant createdAt) {
        this.key = key;
        this.title = title.strip();
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * Adds the next revision and makes it current. The article's title follows the newest revision.
     */
    public ArticleRevision revise(String newTitle, String body, String summary, boolean major, String author,
                                  Instant at) {
        currentRevision++;
        ArticleRevision revision = new ArticleRevision(this, currentRevision, newTitle, body, summary, major, author,
                at);
        this.title = revision.getTitle();
        this.updatedAt = at;
        this.searchText = searchable(revision.getTitle() + "\n" + String.join(" ", tags) + "\n" + body);
        return revision;
    }

    /** Replaces tags (trimmed, lower-cased) and competency links. */
    public void describe(Collection<String> newTags, Collection<CompetencyLink> newLinks) {
        tags.clear();
        newTags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).forEach(tags::add);
        links.clear();
        links.addAll(newLinks);
    }

    /** Notes that the current revision came from a content file with this fingerprint. */
    public void importedFrom(String hash) {
        this.sourceHash = hash;
        this.importedRevision = currentRevision;
    }

    /** Whether someone changed the article in the portal after its last import from a content file. */
    public boolean editedSinceImport() {
        return importedRevision == null || importedRevision != currentRevision;
    }

    /** Lower case, «ё» as «е», runs of white space as one blank: how both texts and queries are compared. */
    public static String searchable(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public Integer getImportedRevision() {
        return importedRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public Set<CompetencyLink> getLinks() {
        return Set.copyOf(links);
    }
}
