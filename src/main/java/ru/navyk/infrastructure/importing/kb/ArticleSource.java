package ru.navyk.infrastructure.importing.kb;

import java.util.List;

/**
 * An article as a content file states it, checked for form but not yet against the database or the model.
 *
 * @param linksLine the line of the {@code competencies} field, for problems found later
 * @param hash      SHA-256 of the file's bytes: an unchanged file imports nothing
 */
public record ArticleSource(String file, String key, String title, List<String> tags, List<String> links,
                            int linksLine, String summary, String body, String hash) {

    public ArticleSource {
        tags = List.copyOf(tags);
        links = List.copyOf(links);
    }
}
