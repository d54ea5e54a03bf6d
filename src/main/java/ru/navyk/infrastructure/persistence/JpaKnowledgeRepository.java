package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.knowledge.Article;
import ru.navyk.domain.knowledge.ArticleQuery;
import ru.navyk.domain.knowledge.ArticleRevision;
import ru.navyk.domain.knowledge.KnowledgeRepository;

@ApplicationScoped
public class JpaKnowledgeRepository implements KnowledgeRepository {

    /** At most this many words of a query are matched; more narrow nothing down in practice. */
    private static final int MAX_WORDS = 6;

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public Optional<Article> findByKey(String key) {
        return em.createQuery("SELECT a FROM Article a WHERE a.key = :key", Article.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public List<Article> findAll() {
        return em.createQuery("SELECT a FROM Article a ORDER BY a.title, a.id", Article.class).getResultList();
    }

    @Override
    public List<Article> search(ArticleQuery query, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Article> select = em.createQuery("SELECT a FROM Article a" + where(query, parameters)
                + " ORDER BY a.title, a.id", Article.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ArticleQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Article a" + where(query, parameters),
                Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Each word must occur in the article's search text, which is stored lower-cased with «ё» as «е». */
    private static String where(ArticleQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            String[] words = Article.searchable(query.text().strip()).split(" ");
            for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
                String name = "word" + i;
                parameters.put(name, "%" + escapeLike(words[i]) + "%");
                conditions.add("a.searchText LIKE :" + name + " ESCAPE '\\'");
            }
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            parameters.put("tag", query.tag().strip().toLowerCase(java.util.Locale.ROOT));
            conditions.add("a.id IN (SELECT t.id FROM Article t JOIN t.tags g WHERE g = :tag)");
        }
        if (query.laborFunctionCode() != null && !query.laborFunctionCode().isBlank()) {
            parameters.put("function", query.laborFunctionCode().strip());
            conditions.add("a.id IN (SELECT f.id FROM Article f JOIN f.links l WHERE l.laborFunctionCode = :function)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<String> tags() {
        // Sorted here: EclipseLink fails on DISTINCT with ORDER BY over an element collection.
        return em.createQuery("SELECT DISTINCT g FROM Article a JOIN a.tags g", String.class).getResultList()
                .stream().sorted().toList();
    }

    @Override
    public List<String> linkedFunctions() {
        return em.createQuery("SELECT DISTINCT l.laborFunctionCode FROM Article a JOIN a.links l", String.class)
                .getResultList().stream().sorted().toList();
    }

    @Override
    public void add(Article article) {
        em.persist(article);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public void add(ArticleRevision revision) {
        em.persist(revision);
        em.flush();
    }

    @Override
    public Optional<ArticleRevision> revision(long articleId, int number) {
        return em.createQuery("SELECT r FROM ArticleRevision r WHERE r.article.id = :article AND r.number = :number",
                        ArticleRevision.class)
                .setParameter("article", articleId).setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Optional<ArticleRevision> findRevision(long revisionId) {
        return Optional.ofNullable(em.find(ArticleRevision.class, revisionId));
    }

    @Override
    public List<ArticleRevision> revisions(long articleId) {
        return em.createQuery("SELECT r FROM ArticleRevision r WHERE r.article.id = :article ORDER BY r.number DESC",
                ArticleRevision.class).setParameter("article", articleId).getResultList();
    }
}
