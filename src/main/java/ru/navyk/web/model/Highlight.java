package ru.navyk.web.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.application.competency.ModelQuery;

/**
 * Splits a text into plain and matching segments so the page can mark matches while every segment is still escaped
 * by JSF; no HTML is ever assembled from the text.
 */
public final class Highlight {

    /** A piece of the text; {@code match} pieces are shown marked. */
    public record Segment(String text, boolean match) implements Serializable {
    }

    private Highlight() {
    }

    public static List<Segment> split(String text, String query) {
        if (text == null) {
            return List.of();
        }
        String needle = query == null ? "" : ModelQuery.normalize(query.strip());
        if (needle.isEmpty()) {
            return List.of(new Segment(text, false));
        }
        String haystack = ModelQuery.normalize(text);
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        int at = haystack.indexOf(needle);
        while (at >= 0) {
            if (at > from) {
                segments.add(new Segment(text.substring(from, at), false));
            }
            segments.add(new Segment(text.substring(at, at + needle.length()), true));
            from = at + needle.length();
            at = haystack.indexOf(needle, from);
        }
        if (from < text.length()) {
            segments.add(new Segment(text.substring(from), false));
        }
        return segments;
    }
}
