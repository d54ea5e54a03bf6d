package ru.navyk.web.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.navyk.web.model.Highlight.Segment;

class HighlightTest {

    @Test
    void marksEveryMatchKeepingTheOriginalCase() {
        assertEquals(List.of(new Segment("Организация ", false), new Segment("наставнич", true),
                        new Segment("ества; ", false), new Segment("Наставнич", true), new Segment("ество", false)),
                Highlight.split("Организация наставничества; Наставничество", "НАСТАВНИЧ"));
    }

    @Test
    void blankQueryLeavesTextWhole() {
        assertEquals(List.of(new Segment("<b>текст</b>", false)), Highlight.split("<b>текст</b>", " "));
    }

    @Test
    void yoMatchesYe() {
        assertEquals(List.of(new Segment("Учёт", true)), Highlight.split("Учёт", "учет"));
    }
}
