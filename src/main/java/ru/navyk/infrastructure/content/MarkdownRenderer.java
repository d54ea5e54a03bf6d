package ru.navyk.infrastructure.content;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns Markdown (lessons, knowledge-base articles) into HTML that is safe to put into a page as it is. Two independent guards: the
 * Markdown renderer escapes any raw HTML the text contains and drops dangerous link targets, and the result then
 * passes an allow-list sanitiser (OWASP) that keeps only formatting, blocks, tables, and links and images to
 * {@code http}, {@code https} and {@code mailto} — no script, no style, no event attribute, no {@code javascript:}
 * or {@code data:} URL survives either step. Links open the usual way and carry {@code rel="nofollow noopener"}.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "del", "thead", "tbody", "tfoot")
                    .allowAttributes("align").onElements("th", "td")
                    .toFactory());

    /**
     * The same texts are rendered again and again (every agent opening the same changed article); rendering and
     * sanitising cost far more than the lookup. Texts above {@link #REMEMBERED_LENGTH} are rendered every time, so
     * the memory held stays bounded.
     */
    private static final BoundedMemo<String, String> RENDERED = new BoundedMemo<>(500);
    private static final int REMEMBERED_LENGTH = 200_000;

    private MarkdownRenderer() {
    }

    /** Sanitised HTML of the Markdown; empty for none. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (markdown.length() > REMEMBERED_LENGTH) {
            return render(markdown);
        }
        return RENDERED.get(markdown, MarkdownRenderer::render);
    }

    private static String render(String markdown) {
        return sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Any HTML reduced to what the policy allows. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
