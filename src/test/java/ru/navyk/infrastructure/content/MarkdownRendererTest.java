package ru.navyk.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void ordinaryMarkdownBecomesHeadingsListsEmphasisAndLinks() {
        String html = MarkdownRenderer.toSafeHtml("## Приём жалобы\n\n1. **Выслушать**\n2. _Уточнить_\n\n"
                + "[Регламент](https://navyk.example/kb/complaints)");

        assertTrue(html.contains("<h2>Приём жалобы</h2>"), html);
        assertTrue(html.contains("<ol><li><strong>Выслушать</strong></li>"), html);
        assertTrue(html.contains("<em>Уточнить</em>"), html);
        assertTrue(html.contains("href=\"https://navyk.example/kb/complaints\""), html);
    }

    @Test
    void scriptsEventHandlersAndScriptUrlsNeverSurvive() {
        String hostile = "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[нажми](javascript:alert(3))\n\n[data](data:text/html;base64,PHNjcmlwdD4=)\n\n"
                + "<a href=\"javascript:alert(4)\" onclick=\"alert(5)\">ссылка</a>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>\n\n"
                + "![x](javascript:alert(6))";

        String html = MarkdownRenderer.toSafeHtml(hostile).toLowerCase(Locale.ROOT);

        // Raw HTML in the text is shown as text (escaped), never as elements or attributes.
        for (String tag : new String[] {"<script", "<iframe", "<style"}) {
            assertFalse(html.contains(tag), tag + " in " + html);
        }
        assertTrue(html.contains("&lt;img src&#61;x onerror"), "the raw image tag is text: " + html);
        // A Markdown image keeps only an http(s) source; its script URL is dropped.
        assertFalse(Pattern.compile("<img(?![^>]*src=\"(https?://[^\"]*)?\")").matcher(html).find(),
                "an image with another source in " + html);
        assertFalse(Pattern.compile("<[^>]*\\son\\w+\\s*=").matcher(html).find(), "an event attribute in " + html);
        assertFalse(Pattern.compile("(href|src)\\s*=\\s*\"\\s*(javascript|data):").matcher(html).find(),
                "a script or data URL in " + html);
        assertTrue(html.contains("&lt;script&gt;"), "the text is still shown, escaped: " + html);
        assertTrue(html.contains("нажми"), "the link text stays, only the target goes: " + html);
    }

    @Test
    void nothingForNoText() {
        assertEquals("", MarkdownRenderer.toSafeHtml(null));
        assertEquals("", MarkdownRenderer.toSafeHtml("  \n"));
    }

    @Test
    void theSameTextIsRenderedOnceAndAHostileOneIsSanitisedEveryTime() {
        String text = "**Скрипт** приветствия <script>alert(1)</script>";

        String first = MarkdownRenderer.toSafeHtml(text);

        assertSame(first, MarkdownRenderer.toSafeHtml(new String(text)));
        assertFalse(first.contains("<script"), first);
        assertNotEquals(first, MarkdownRenderer.toSafeHtml(text + " [x](javascript:alert(2))"));
        assertFalse(MarkdownRenderer.toSafeHtml(text + " [x](javascript:alert(2))").contains("javascript"));
    }
}
