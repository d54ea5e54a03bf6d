package ru.navyk.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.navyk.application.knowledge.RevisionDiff.Line;
import ru.navyk.application.knowledge.RevisionDiff.LineKind;
import ru.navyk.application.knowledge.RevisionDiff.Segment;

class RevisionDiffTest {

    private static final String OLD = "# Тарифы\n\n| Навык Дом 100 | 550 ₽ |\nСкорости не меняются.\nУдалённая строка";
    private static final String NEW = "# Тарифы\n\n| Навык Дом 100 | 600 ₽ |\nСкорости не меняются.\nНовая строка\nЕщё одна";

    @Test
    void unchangedLinesStayAndChangedOnesShowWhatWentAndCame() {
        List<Line> lines = RevisionDiff.compare(OLD, NEW);

        assertEquals(List.of(LineKind.SAME, LineKind.SAME, LineKind.REMOVED, LineKind.ADDED, LineKind.SAME,
                LineKind.REMOVED, LineKind.ADDED, LineKind.ADDED), lines.stream().map(Line::kind).toList());
        assertEquals("| Навык Дом 100 | 550 ₽ |", lines.get(2).text());
        assertEquals("| Навык Дом 100 | 600 ₽ |", lines.get(3).text());
        assertTrue(RevisionDiff.hasChanges(lines));
    }

    @Test
    void aChangedLineMarksOnlyTheChangedWords() {
        Line added = RevisionDiff.compare(OLD, NEW).get(3);

        List<String> changed = added.segments().stream().filter(Segment::changed).map(Segment::text).toList();
        assertEquals(List.of("600"), changed);
        assertFalse(added.segments().get(0).changed());
    }

    @Test
    void lineNumbersFollowEachSide() {
        List<Line> lines = RevisionDiff.compare(OLD, NEW);

        assertEquals(3, lines.get(2).oldNumber());
        assertEquals(3, lines.get(3).newNumber());
        assertEquals(6, lines.get(7).newNumber());
    }

    @Test
    void theSameTextHasNoChangesAndHtmlStaysText() {
        List<Line> lines = RevisionDiff.compare("<script>x</script>", "<script>x</script>");

        assertFalse(RevisionDiff.hasChanges(lines));
        assertEquals("<script>x</script>", lines.get(0).text(), "escaping is the page's job; the text is kept as is");
    }

    @Test
    void aRepeatedComparisonIsTheSameUnmodifiableResult() {
        List<Line> first = RevisionDiff.compare(OLD, NEW);
        List<Line> again = RevisionDiff.compare(new String(OLD), new String(NEW));

        assertSame(first, again, "the same texts are compared once");
        assertThrows(UnsupportedOperationException.class, () -> again.add(first.get(0)));
        assertEquals(first.get(3).text(), RevisionDiff.compare(OLD + "\n", NEW).get(3).text());
        assertNotSame(first, RevisionDiff.compare(OLD + "\n", NEW), "other texts are compared anew");
    }
}
