package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.domain.knowledge.Article;
import ru.navyk.domain.knowledge.ArticleRevision;
import ru.navyk.domain.knowledge.CompetencyLink;
import ru.navyk.domain.knowledge.KnowledgeRepository;
import ru.navyk.infrastructure.importing.kb.ArticleFileReader;
import ru.navyk.infrastructure.importing.kb.ArticleSource;
import ru.navyk.infrastructure.importing.kb.ContentProblem;

/**
 * Seeds and updates the knowledge base from content files (content/README.md states the rule for users):
 * <ul>
 *   <li>all files are read and checked first — form, unique ids, and that every linked code exists in the current
 *       competency model; any problem is logged with file, line and field and <em>nothing</em> is written;</li>
 *   <li>a file whose id is new creates the article with revision 1 by {@code system};</li>
 *   <li>a file unchanged since its last import (same SHA-256) does nothing;</li>
 *   <li>a changed file adds a minor revision by {@code system} — but only while the article's current revision is
 *       the one the last import wrote. Once someone edited the article in the portal, the file no longer overrides
 *       it: the change is skipped and logged, so an edit made in the portal is never buried under a file;</li>
 *   <li>an article whose file disappeared stays as it is.</li>
 * </ul>
 * All writes of one import happen in one transaction.
 */
@ApplicationScoped
public class KnowledgeImportService {

    private static final Logger LOG = Logger.getLogger(KnowledgeImportService.class.getName());

    /** What an import did. */
    public record Result(int created, int revised, int unchanged, List<String> skipped, List<ContentProblem> problems) {

        public Result {
            skipped = List.copyOf(skipped);
            problems = List.copyOf(problems);
        }

        public boolean failed() {
            return !problems.isEmpty();
        }
    }

    @Inject
    private KnowledgeRepository articles;

    @Inject
    private CompetencyModelService models;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Transactional
    public Result importFiles(Map<String, byte[]> files, String description) {
        ArticleFileReader.Result read = new ArticleFileReader().read(files);
        List<ContentProblem> problems = new ArrayList<>(read.problems());
        Optional<ModelSnapshot> model = models.current();
        for (ArticleSource source : read.articles()) {
            for (String code : source.links()) {
                if (model.isPresent() && !ArticleRules.exists(model.get(), code)) {
                    problems.add(new ContentProblem(source.file(), source.linksLine(), "competencies", "«" + code
                            + "» is not in the current competency model"));
                }
            }
        }
        if (!problems.isEmpty()) {
            LOG.severe(() -> "Knowledge base content from " + description
                    + " was NOT imported; nothing was written:\n  "
                    + String.join("\n  ", problems.stream().map(ContentProblem::toString).toList()));
            return new Result(0, 0, 0, List.of(), problems);
        }
        int created = 0;
        int revised = 0;
        int unchanged = 0;
        List<String> skipped = new ArrayList<>();
        Instant now = clock.instant();
        for (ArticleSource source : read.articles()) {
            Optional<Article> existing = articles.findByKey(source.key());
            List<CompetencyLink> links = source.links().stream().map(CompetencyLink::of).toList();
            if (existing.isEmpty()) {
                Article article = new Article(source.key(), source.title(), now);
                article.describe(source.tags(), links);
                articles.add(article);
                ArticleRevision revision = article.revise(source.title(), source.body(), summary(source, true), true,
                        AuditService.SYSTEM, now);
                articles.add(revision);
                article.importedFrom(source.hash());
                audit.record(AuditService.SYSTEM, "CREATE", KnowledgeBaseService.ENTITY, article.getId(),
                        article.getTitle(), new Changes().created("title", article.getTitle())
                                .created("source", source.file()));
                created++;
            } else if (source.hash().equals(existing.get().getSourceHash())) {
                unchanged++;
            } else if (existing.get().editedSinceImport()) {
                skipped.add(source.file());
            } else {
                Article article = existing.get();
                article.describe(source.tags(), links);
                ArticleRevision revision = article.revise(source.title(), source.body(), summary(source, false), false,
                        AuditService.SYSTEM, now);
                articles.add(revision);
                article.importedFrom(source.hash());
                audit.record(AuditService.SYSTEM, "UPDATE", KnowledgeBaseService.ENTITY, article.getId(),
                        article.getTitle(), new Changes().created("revision", revision.getNumber())
                                .created("source", source.file()));
                revised++;
            }
        }
        Result result = new Result(created, revised, unchanged, skipped, List.of());
        LOG.info(() -> "Knowledge base content from " + description + ": " + result.created() + " new, "
                + result.revised() + " updated, " + result.unchanged() + " unchanged"
                + (result.skipped().isEmpty() ? "" : "; not applied because the article was edited in the portal: "
                + String.join(", ", result.skipped())));
        return result;
    }

    private static String summary(ArticleSource source, boolean first) {
        if (source.summary() != null) {
            return source.summary();
        }
        return first ? "Первая редакция (из файла " + source.file() + ")" : "Обновлено из файла " + source.file();
    }
}
