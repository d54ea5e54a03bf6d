package ru.navyk.domain.knowledge;

/**
 * A search of the knowledge base: words that must all occur in the title, tags or text (case and «ё»/«е» ignored),
 * optionally only articles with a tag, or linked to a labor function (directly or through one of its items).
 */
public record ArticleQuery(String text, String tag, String laborFunctionCode) {
}
