package ru.navyk.infrastructure.importing.kb;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import ru.navyk.domain.knowledge.CompetencyLink;
import ru.navyk.domain.knowledge.KnowledgeLengths;

/**
 * Reads knowledge-base content files. A file is a front matter between two lines {@code ---} and the Markdown text:
 * <pre>
 * ---
 * id: tariff-change            # required: a-z, 0-9 and hyphens; the article's stable key
 * title: Изменение тарифов     # required
 * tags: [тарифы, продукты]     # optional
 * competencies: [A/02.3/KN03]  # optional: labor functions or items of the standard
 * summary: Первая редакция     # optional: the change summary of the revision the file writes
 * ---
 * Markdown…
 * </pre>
 * Every problem of every file is collected with its file, line and field; the caller imports nothing unless there is
 * none.
 */
public final class ArticleFileReader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> FIELDS = Set.of("id", "title", "tags", "competencies", "summary");

    /** The result of reading all files: the articles, or the problems (then articles are not to be used). */
    public record Result(List<ArticleSource> articles, List<ContentProblem> problems) {
    }

    public Result read(Map<String, byte[]> files) {
        List<ArticleSource> articles = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        files.forEach((name, bytes) -> {
            ArticleSource source = readOne(name, bytes, problems);
            if (source != null) {
                String earlier = keys.putIfAbsent(source.key(), name);
                if (earlier != null) {
                    problems.add(new ContentProblem(name, 2, "id", "the id «" + source.key() + "» is also used by "
                            + earlier));
                } else {
                    articles.add(source);
                }
            }
        });
        return new Result(articles, problems);
    }

    private ArticleSource readOne(String file, byte[] bytes, List<ContentProblem> problems) {
        String text = ContentFiles.text(bytes).replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(new ContentProblem(file, 1, null, "a content file begins with a line '---' and a front"
                    + " matter"));
            return null;
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(new ContentProblem(file, 1, null, "the front matter is not closed by a line '---'"));
            return null;
        }
        String frontMatter = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length)).strip();
        int before = problems.size();
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(frontMatter));
        } catch (MarkedYAMLException e) {
            problems.add(new ContentProblem(file, e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2,
                    null, "the front matter is not valid YAML: " + e.getProblem()));
            return null;
        } catch (YAMLException e) {
            problems.add(new ContentProblem(file, 2, null, "the front matter is not valid YAML: " + e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new ContentProblem(file, 2, null, "the front matter must be fields like «id: …»"));
            return null;
        }
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "?";
            int line = line(tuple.getKeyNode());
            if (!FIELDS.contains(name)) {
                problems.add(new ContentProblem(file, line, name, "unknown field; the fields are " + FIELDS));
            } else if (fields.put(name, tuple.getValueNode()) != null) {
                problems.add(new ContentProblem(file, line, name, "the field appears twice"));
            }
        }
        String key = scalar(file, "id", fields.get("id"), true, KnowledgeLengths.KEY, problems);
        if (key != null && !KEY.matcher(key).matches()) {
            problems.add(new ContentProblem(file, line(fields.get("id")), "id",
                    "use lower-case Latin letters, digits and single hyphens, like «tariff-change»"));
        }
        String title = scalar(file, "title", fields.get("title"), true, KnowledgeLengths.TITLE, problems);
        String summary = scalar(file, "summary", fields.get("summary"), false, KnowledgeLengths.SUMMARY, problems);
        List<String> tags = list(file, "tags", fields.get("tags"), KnowledgeLengths.TAG, problems);
        if (tags.size() > KnowledgeLengths.MAX_TAGS) {
            problems.add(new ContentProblem(file, line(fields.get("tags")), "tags", "at most "
                    + KnowledgeLengths.MAX_TAGS + " tags"));
        }
        List<String> links = list(file, "competencies", fields.get("competencies"), 30, problems);
        for (String link : links) {
            if (!CompetencyLink.isValid(link)) {
                problems.add(new ContentProblem(file, line(fields.get("competencies")), "competencies", "«" + link
                        + "» is neither a labor function (A/01.3) nor an item (A/01.3/KN06)"));
            }
        }
        if (body.isEmpty()) {
            problems.add(new ContentProblem(file, end + 2, "body", "the article has no text after the front matter"));
        } else if (body.length() > KnowledgeLengths.BODY) {
            problems.add(new ContentProblem(file, end + 2, "body", "the text is longer than "
                    + KnowledgeLengths.BODY + " characters"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new ArticleSource(file, key, title, tags, links,
                fields.containsKey("competencies") ? line(fields.get("competencies")) : 2, summary, body,
                sha256(bytes));
    }

    /** Lines of the front matter count from the file's second line. */
    private static int line(Node node) {
        return node == null ? 2 : node.getStartMark().getLine() + 2;
    }

    private static String scalar(String file, String field, Node node, boolean required, int max,
                                 List<ContentProblem> problems) {
        if (node == null) {
            if (required) {
                problems.add(new ContentProblem(file, 2, field, "required field is missing"));
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.add(new ContentProblem(file, line(node), field, "expected a non-empty text"));
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.length() > max) {
            problems.add(new ContentProblem(file, line(node), field, "longer than " + max + " characters"));
            return null;
        }
        return value;
    }

    private static List<String> list(String file, String field, Node node, int max, List<ContentProblem> problems) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(new ContentProblem(file, line(node), field, "expected a list, like [a, b]"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String value = scalar(file, field, item, true, max, problems);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
