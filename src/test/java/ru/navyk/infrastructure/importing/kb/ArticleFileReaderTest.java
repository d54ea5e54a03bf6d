package ru.navyk.infrastructure.importing.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleFileReaderTest {

    @Test
    void theShippedArticlesAreValid() throws IOException {
        ArticleFileReader.Result result = new ArticleFileReader().read(ContentFiles.fromFolder(Path.of("content",
                "kb")));

        assertEquals(List.of(), result.problems());
        assertTrue(result.articles().size() >= 5, "a starter set of at least five articles");
        ArticleSource tariff = result.articles().stream().filter(a -> a.key().equals("tariff-change")).findFirst()
                .orElseThrow();
        assertEquals("Изменение тарифов «Навык Дом» с 1 июня", tariff.title());
        assertTrue(tariff.links().contains("A/02.3/KN03"));
        assertTrue(tariff.body().contains("| Навык Дом 100 | 550 ₽/мес | 600 ₽/мес |"));
    }

    @Test
    void everyProblemOfEveryFileIsReportedWithFileLineAndField() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.md", bytes("""
                ---
                id: Bad Id
                title: Статья
                tags: [ок]
                competencies: [A/01.3/KN04, Z/99]
                colour: red
                ---
                Текст
                """));
        files.put("b.md", bytes("""
                ---
                id: same
                tags: ок
                ---
                """));
        files.put("c.md", bytes("""
                ---
                id: same
                title: Первая
                ---
                Текст
                """));
        files.put("d.md", bytes("""
                ---
                id: same
                title: Вторая
                ---
                Текст
                """));
        files.put("e.md", bytes("Нет front matter"));

        List<ContentProblem> problems = new ArticleFileReader().read(files).problems();

        assertTrue(problems.contains(new ContentProblem("a.md", 2, "id",
                "use lower-case Latin letters, digits and single hyphens, like «tariff-change»")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("a.md") && p.line() == 5
                && p.field().equals("competencies") && p.detail().contains("Z/99")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("a.md") && p.line() == 6
                && p.field().equals("colour")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("b.md") && p.field().equals("title")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("b.md") && p.line() == 3
                && p.field().equals("tags")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("b.md") && "body".equals(p.field())),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("d.md") && p.field().equals("id")
                && p.detail().contains("c.md")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("e.md") && p.line() == 1), problems::toString);
    }

    @Test
    void theFingerprintChangesWithTheFile() {
        byte[] one = bytes("---\nid: x\ntitle: X\n---\nТекст\n");
        byte[] two = bytes("---\nid: x\ntitle: X\n---\nТекст изменён\n");

        ArticleSource first = new ArticleFileReader().read(Map.of("x.md", one)).articles().get(0);
        ArticleSource second = new ArticleFileReader().read(Map.of("x.md", two)).articles().get(0);

        assertEquals(first.hash(), new ArticleFileReader().read(Map.of("x.md", one)).articles().get(0).hash());
        assertTrue(!first.hash().equals(second.hash()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
