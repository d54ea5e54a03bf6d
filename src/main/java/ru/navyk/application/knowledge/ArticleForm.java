package ru.navyk.application.knowledge;

import java.util.List;

/**
 * An article as an editor saves it. {@code summary} says what changed (required: it is what readers see first);
 * {@code major} asks again of those who read an earlier revision when acknowledgement is requested.
 */
public record ArticleForm(String title, String body, String summary, boolean major, List<String> tags,
                          List<String> links) {

    public ArticleForm {
        tags = tags == null ? List.of() : List.copyOf(tags.stream().filter(t -> t != null).toList());
        links = links == null ? List.of() : List.copyOf(links.stream().filter(l -> l != null).toList());
    }
}
