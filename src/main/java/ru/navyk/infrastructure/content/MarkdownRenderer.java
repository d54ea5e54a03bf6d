package ru.navyk.infrastructure.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown (lessons, later articles) to HTML that a page may include as it is. Two guards, each enough on its own:
 * commonmark escapes raw HTML in the text and drops unsafe link targets, and an OWASP allow-list then keeps only
 * formatting, headings, lists, quotes, code, tables and links to {@code http}, {@code https} and {@code mailto} — no
 * script, style, event attribute, {@code javascript:} or {@code data:} URL survives.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "del").toFactory());

    private MarkdownRenderer() {
    }

    /** Sanitised HTML of the Markdown; empty for none. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
