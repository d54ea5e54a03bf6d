package ru.navyk.domain.knowledge;

import java.util.List;
import java.util.Optional;

/** Articles and their revisions. */
public interface KnowledgeRepository {

    Optional<Article> find(long id);

    Optional<Article> findByKey(String key);

    List<Article> findAll();

    /** Sorted by title; at most {@code max} from {@code first}. */
    List<Article> search(ArticleQuery query, int first, int max);

    long count(ArticleQuery query);

    /** Every tag in use, sorted. */
    List<String> tags();

    /** Every labor function some article is linked to, sorted. */
    List<String> linkedFunctions();

    void add(Article article);

    void add(ArticleRevision revision);

    Optional<ArticleRevision> revision(long articleId, int number);

    Optional<ArticleRevision> findRevision(long revisionId);

    /** Newest first. */
    List<ArticleRevision> revisions(long articleId);
}
