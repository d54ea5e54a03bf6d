package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.knowledge.KnowledgeViews.ArticleSummary;
import ru.navyk.application.knowledge.KnowledgeViews.ArticleView;
import ru.navyk.application.knowledge.KnowledgeViews.DiffView;
import ru.navyk.application.knowledge.KnowledgeViews.LinkView;
import ru.navyk.application.knowledge.KnowledgeViews.RevisionSummary;
import ru.navyk.application.knowledge.KnowledgeViews.RevisionView;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.knowledge.Article;
import ru.navyk.domain.knowledge.ArticleQuery;
import ru.navyk.domain.knowledge.ArticleRevision;
import ru.navyk.domain.knowledge.CompetencyLink;
import ru.navyk.domain.knowledge.KnowledgeRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.infrastructure.content.MarkdownRenderer;

/**
 * Reading, searching and editing the knowledge base. Every signed-in person reads every article (the base is one for
 * the whole centre); administrators, managers and HR edit. Each save with a changed title or text adds a revision
 * with its author, time and change summary; earlier revisions stay readable and comparable.
 */
@ApplicationScoped
@Transactional
public class KnowledgeBaseService {

    static final String ENTITY = "Article";
    /** The roles that edit articles and request acknowledgement. */
    static final Role[] EDITORS = {Role.ADMIN, Role.MANAGER, Role.HR};

    @Inject
    private KnowledgeRepository articles;

    @Inject
    private JobProfileRepository jobProfiles;

    @Inject
    private CompetencyModelService models;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    public Page<ArticleSummary> search(String text, String tag, String laborFunction, int first, int max) {
        currentUser.viewer();
        ArticleQuery query = new ArticleQuery(text, tag, laborFunction);
        List<ArticleSummary> items = articles.search(query, Math.max(0, first), Math.max(1, Math.min(max, 200)))
                .stream().map(KnowledgeBaseService::summary).toList();
        return new Page<>(items, articles.count(query));
    }

    public List<String> tags() {
        currentUser.viewer();
        return articles.tags();
    }

    public List<String> linkedFunctions() {
        currentUser.viewer();
        return articles.linkedFunctions();
    }

    /** Whether the caller may edit articles and request acknowledgement. */
    public boolean canEdit() {
        return currentUser.optionalViewer().map(v -> v.hasAny(EDITORS)).orElse(false);
    }

    public ArticleView get(long id) {
        currentUser.viewer();
        Article article = article(id);
        ArticleRevision current = articles.revision(id, article.getCurrentRevision())
                .orElseThrow(() -> new NotFoundException(ENTITY));
        return new ArticleView(id, article.getKey(), article.getVersion(), article.getTitle(), sortedTags(article),
                links(article), article.getCurrentRevision(), current.getBody(),
                MarkdownRenderer.toSafeHtml(current.getBody()), article.getUpdatedAt(),
                articles.revisions(id).stream().map(KnowledgeBaseService::revisionSummary).toList());
    }

    public RevisionView revision(long articleId, int number) {
        currentUser.viewer();
        Article article = article(articleId);
        return revisionView(article, articles.revision(articleId, number)
                .orElseThrow(() -> new NotFoundException("ArticleRevision")));
    }

    /** The changes from revision {@code from} to revision {@code to} of an article (either order). */
    public DiffView diff(long articleId, int from, int to) {
        currentUser.viewer();
        Article article = article(articleId);
        ArticleRevision older = articles.revision(articleId, Math.min(from, to))
                .orElseThrow(() -> new NotFoundException("ArticleRevision"));
        ArticleRevision newer = articles.revision(articleId, Math.max(from, to))
                .orElseThrow(() -> new NotFoundException("ArticleRevision"));
        List<RevisionDiff.Line> lines = RevisionDiff.compare(textOf(older), textOf(newer));
        return new DiffView(articleId, article.getTitle(), older.getNumber(), newer.getNumber(), lines,
                RevisionDiff.hasChanges(lines));
    }

    /** The title as a heading line above the text, so that a changed title shows in the comparison too. */
    static String textOf(ArticleRevision revision) {
        return "# " + revision.getTitle() + "\n\n" + revision.getBody();
    }

    /** A new article with its first revision; answers its id. */
    public long create(ArticleForm form) {
        Viewer viewer = editor();
        ArticleRules.check(form, models.current());
        Instant now = clock.instant();
        Article article = new Article(newKey(), form.title(), now);
        article.describe(ArticleRules.tags(form.tags()), ArticleRules.links(form.links(), models.current()));
        articles.add(article);
        ArticleRevision revision = article.revise(form.title(), form.body(), form.summary(), true,
                viewer.username(), now);
        articles.add(revision);
        audit.record(viewer.username(), "CREATE", ENTITY, article.getId(), article.getTitle(), new Changes()
                .created("title", article.getTitle()).created("revision", 1).created("summary", form.summary()));
        return article.getId();
    }

    /**
     * Saves an editor's changes. A changed title or text becomes the next revision; changed tags or links alone are
     * saved without one (they describe the article, they do not change what it says). Answers the current revision
     * number. {@code version} is the article's version the editor started from: a save based on an older one is
     * refused, so two editors never silently overwrite each other.
     */
    public int revise(long id, long version, ArticleForm form) {
        Viewer viewer = editor();
        Article article = article(id);
        if (article.getVersion() != version) {
            throw new ConcurrentEditException(ENTITY);
        }
        ArticleRules.check(form, models.current());
        ArticleRevision current = articles.revision(id, article.getCurrentRevision()).orElseThrow();
        String tagsBefore = String.join(", ", sortedTags(article));
        String linksBefore = linkCodes(article);
        article.describe(ArticleRules.tags(form.tags()), ArticleRules.links(form.links(), models.current()));
        Changes changes = new Changes().compare("tags", tagsBefore, String.join(", ", sortedTags(article)))
                .compare("links", linksBefore, linkCodes(article));
        boolean textChanged = !current.getTitle().equals(form.title().strip())
                || !current.getBody().equals(form.body().replace("\r\n", "\n").replace('\r', '\n'));
        if (textChanged) {
            ArticleRevision revision = article.revise(form.title(), form.body(), form.summary(), form.major(),
                    viewer.username(), clock.instant());
            articles.add(revision);
            changes.compare("title", current.getTitle(), revision.getTitle())
                    .compare("revision", current.getNumber(), revision.getNumber())
                    .created("summary", revision.getSummary())
                    .created("major", revision.isMajor());
        }
        if (!changes.isEmpty()) {
            audit.record(viewer.username(), "UPDATE", ENTITY, id, article.getTitle(), changes);
        }
        return article.getCurrentRevision();
    }

    /**
     * The job profiles whose current version requires one of the labor functions the article is linked to: those who
     * hold these positions are whom a change of the article concerns, so they are the suggested audience.
     */
    public List<Long> suggestedProfiles(long id) {
        Set<String> functions = Set.copyOf(suggestedFunctions(id));
        return jobProfiles.findAll().stream().filter(JobProfile::isActive)
                .filter(p -> p.current().map(v -> v.laborFunctionCodes().stream().anyMatch(functions::contains))
                        .orElse(false))
                .map(JobProfile::getId).toList();
    }

    /** The labor functions the article is linked to, as the suggested audience of an acknowledgement request. */
    public List<String> suggestedFunctions(long id) {
        editor();
        return article(id).getLinks().stream().map(CompetencyLink::getLaborFunctionCode).distinct().sorted().toList();
    }

    private Viewer editor() {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, EDITORS);
        return viewer;
    }

    private Article article(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** Keys of articles made in the portal; content files use their own readable ids. */
    private static String newKey() {
        return "portal-" + Long.toString(System.currentTimeMillis(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
    }

    private List<LinkView> links(Article article) {
        Optional<ModelSnapshot> model = models.current();
        return article.getLinks().stream().sorted(Comparator.comparing(CompetencyLink::getCode))
                .map(link -> new LinkView(link.getCode(), link.getLaborFunctionCode(),
                        model.map(m -> linkText(m, link.getCode())).orElse(null)))
                .toList();
    }

    private static String linkText(ModelSnapshot model, String code) {
        return model.laborFunction(code).map(ModelSnapshot.LaborFunctionView::name)
                .orElseGet(() -> Optional.ofNullable(model.itemsByCode().get(code))
                        .map(ModelSnapshot.ItemView::text).orElse(null));
    }

    private static String linkCodes(Article article) {
        return String.join(", ", article.getLinks().stream().map(CompetencyLink::getCode).sorted().toList());
    }

    static List<String> sortedTags(Article article) {
        return article.getTags().stream().sorted(Comparator.comparing(t -> t.toLowerCase(Locale.ROOT))).toList();
    }

    static ArticleSummary summary(Article article) {
        return new ArticleSummary(article.getId(), article.getKey(), article.getTitle(), sortedTags(article),
                article.getCurrentRevision(), article.getUpdatedAt());
    }

    static RevisionSummary revisionSummary(ArticleRevision revision) {
        return new RevisionSummary(revision.getId(), revision.getNumber(), revision.getTitle(), revision.getSummary(),
                revision.isMajor(), revision.getAuthor(), revision.getCreatedAt(), revision.hasQuiz());
    }

    static RevisionView revisionView(Article article, ArticleRevision revision) {
        return new RevisionView(revision.getId(), article.getId(), article.getTitle(), revision.getNumber(),
                article.getCurrentRevision(), revision.getTitle(), revision.getBody(),
                MarkdownRenderer.toSafeHtml(revision.getBody()), revision.getSummary(), revision.isMajor(),
                revision.getAuthor(), revision.getCreatedAt(), revision.getQuestions().size());
    }
}
