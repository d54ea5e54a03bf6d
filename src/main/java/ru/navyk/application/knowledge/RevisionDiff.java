package ru.navyk.application.knowledge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.navyk.infrastructure.content.BoundedMemo;

/**
 * Compares two revisions' Markdown line by line; a changed line is also compared word by word, so that a reader sees
 * which words of a long paragraph changed. The result is plain data — lines made of text segments marked changed or
 * not — which pages render escaped: no HTML is ever built from an article's text here.
 */
public final class RevisionDiff {

    /** How a line of the comparison came about. */
    public enum LineKind { SAME, ADDED, REMOVED }

    /** A run of text within a line; {@code changed} runs are highlighted. */
    public record Segment(String text, boolean changed) implements Serializable {
    }

    /**
     * One line of the comparison with its numbers in the old and new text (null where the line does not exist on that
     * side).
     */
    public record Line(LineKind kind, Integer oldNumber, Integer newNumber, List<Segment> segments)
            implements Serializable {

        public Line {
            segments = List.copyOf(segments);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            segments.forEach(s -> text.append(s.text()));
            return text.toString();
        }

        public String cssClass() {
            return "diff-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Words and the spaces and punctuation between them, each a token of its own. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|[^\\p{L}\\p{N}_\\s]");

    /**
     * Comparisons already made, by the two texts: at a shift start every agent asked to read a changed article gets
     * the same comparison. Pairs longer than {@link #REMEMBERED_LENGTH} in all are compared every time.
     */
    private static final BoundedMemo<Texts, List<Line>> COMPARED = new BoundedMemo<>(200);
    private static final int REMEMBERED_LENGTH = 200_000;

    private record Texts(String older, String newer) {
    }

    private RevisionDiff() {
    }

    /**
     * The lines of {@code newer} compared with {@code older}: unchanged, removed and added lines in reading order (an
     * unmodifiable list).
     */
    public static List<Line> compare(String older, String newer) {
        if (older.length() + newer.length() > REMEMBERED_LENGTH) {
            return diff(new Texts(older, newer));
        }
        return COMPARED.get(new Texts(older, newer), RevisionDiff::diff);
    }

    private static List<Line> diff(Texts texts) {
        List<String> oldLines = lines(texts.older());
        List<String> newLines = lines(texts.newer());
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        List<Line> result = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            while (oldIndex < oldStart) {
                result.add(same(oldLines.get(oldIndex), ++oldIndex, ++newIndex));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE) {
                changed(result, removed, added, oldIndex, newIndex);
            } else {
                for (int i = 0; i < removed.size(); i++) {
                    result.add(new Line(LineKind.REMOVED, oldIndex + i + 1, null, List.of(new Segment(removed.get(i),
                            true))));
                }
                for (int i = 0; i < added.size(); i++) {
                    result.add(new Line(LineKind.ADDED, null, newIndex + i + 1, List.of(new Segment(added.get(i),
                            true))));
                }
            }
            oldIndex += removed.size();
            newIndex += added.size();
        }
        while (oldIndex < oldLines.size()) {
            result.add(same(oldLines.get(oldIndex), ++oldIndex, ++newIndex));
        }
        return List.copyOf(result);
    }

    /** Whether the comparison found any difference. */
    public static boolean hasChanges(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.kind() != LineKind.SAME);
    }

    /**
     * A block of changed lines: paired lines are compared word by word (the removed line shows what went, the added
     * line what came); lines beyond the pairs are wholly removed or added.
     */
    private static void changed(List<Line> result, List<String> removed, List<String> added, int oldIndex,
                                int newIndex) {
        int pairs = Math.min(removed.size(), added.size());
        List<Line> oldSide = new ArrayList<>();
        List<Line> newSide = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            List<String> oldTokens = tokens(removed.get(i));
            List<String> newTokens = tokens(added.get(i));
            Patch<String> words = DiffUtils.diff(oldTokens, newTokens);
            oldSide.add(new Line(LineKind.REMOVED, oldIndex + i + 1, null, segments(oldTokens, words, true)));
            newSide.add(new Line(LineKind.ADDED, null, newIndex + i + 1, segments(newTokens, words, false)));
        }
        for (int i = pairs; i < removed.size(); i++) {
            oldSide.add(new Line(LineKind.REMOVED, oldIndex + i + 1, null, List.of(new Segment(removed.get(i), true))));
        }
        for (int i = pairs; i < added.size(); i++) {
            newSide.add(new Line(LineKind.ADDED, null, newIndex + i + 1, List.of(new Segment(added.get(i), true))));
        }
        result.addAll(oldSide);
        result.addAll(newSide);
    }

    /** The tokens of one side as segments, those touched by a word delta marked changed; neighbours merged. */
    private static List<Segment> segments(List<String> tokens, Patch<String> words, boolean oldSide) {
        boolean[] changed = new boolean[tokens.size()];
        for (AbstractDelta<String> delta : words.getDeltas()) {
            var chunk = oldSide ? delta.getSource() : delta.getTarget();
            for (int i = chunk.getPosition(); i < chunk.getPosition() + chunk.size(); i++) {
                changed[i] = true;
            }
        }
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runChanged = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && changed[i] != runChanged) {
                segments.add(new Segment(run.toString(), runChanged));
                run.setLength(0);
            }
            runChanged = changed[i];
            run.append(tokens.get(i));
        }
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), runChanged));
        }
        return segments;
    }

    private static Line same(String text, int oldNumber, int newNumber) {
        return new Line(LineKind.SAME, oldNumber, newNumber, List.of(new Segment(text, false)));
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    }

    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
