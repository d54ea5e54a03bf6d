package ru.navyk.infrastructure.importing.model;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import ru.navyk.domain.competency.ModelVersion;

/**
 * A position inside a parsed YAML file that knows its file, line and field path, so each check can say exactly where
 * it failed. Reading never throws: a missing or malformed value is reported and a neutral value returned, so one pass
 * finds every problem.
 */
public final class YamlCursor {

    private final String file;
    private final String path;
    private final Node node;
    private final ProblemCollector problems;

    public YamlCursor(String file, String path, Node node, ProblemCollector problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    /**
     * Parses one file's text; broken syntax or an empty file is reported (with its line where YAML knows it) and
     * gives no cursor.
     */
    public static Optional<YamlCursor> parse(String file, String text, ProblemCollector problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported with their line by YamlCursor, not thrown
        try {
            Node node = new Yaml(options).compose(new StringReader(text));
            if (node == null) {
                problems.add(file, 0, "", "the file is empty");
                return Optional.empty();
            }
            return Optional.of(new YamlCursor(file, "", node, problems));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(file, line, "", "broken YAML syntax: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, 0, "", "broken YAML syntax: " + e.getMessage());
            return Optional.empty();
        }
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public void problem(String detail) {
        problems.add(file, line(), path, detail);
    }

    /** Checks that this is a mapping with only the given keys and no key twice. */
    public boolean expectMapping(Set<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            problem("expected a mapping of fields");
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(tuple);
            YamlCursor keyCursor = new YamlCursor(file, childPath(key), tuple.getKeyNode(), problems);
            if (!seen.add(key)) {
                keyCursor.problem("the field is given twice");
            } else if (!allowedKeys.contains(key)) {
                keyCursor.problem("unknown field; allowed here: " + String.join(", ", allowedKeys));
            }
        }
        return true;
    }

    public Optional<YamlCursor> field(String name) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (name.equals(keyOf(tuple))) {
                    return Optional.of(new YamlCursor(file, childPath(name), tuple.getValueNode(), problems));
                }
            }
        }
        return Optional.empty();
    }

    /** A text that must be present and not blank. */
    public String requiredText(String name) {
        Optional<YamlCursor> field = field(name);
        if (field.isEmpty()) {
            problems.add(file, line(), childPath(name), "required field is missing");
            return "";
        }
        return field.get().text(true);
    }

    /** A text that may be absent or {@code null}; if present it must not be blank. */
    public String optionalText(String name) {
        return field(name).filter(f -> !f.isNull()).map(f -> f.text(true)).orElse(null);
    }

    public Integer requiredInt(String name, int min, int max) {
        Optional<YamlCursor> field = field(name);
        if (field.isEmpty()) {
            problems.add(file, line(), childPath(name), "required field is missing");
            return null;
        }
        return field.get().integer(min, max);
    }

    public Integer optionalInt(String name, int min, int max) {
        return field(name).filter(f -> !f.isNull()).map(f -> f.integer(min, max)).orElse(null);
    }

    /** The elements of a list field; a missing field is an empty list when {@code required} is false. */
    public List<YamlCursor> list(String name, boolean required) {
        Optional<YamlCursor> field = field(name);
        if (field.isEmpty()) {
            if (required) {
                problems.add(file, line(), childPath(name), "required field is missing");
            }
            return List.of();
        }
        return field.get().elements();
    }

    public List<String> textList(String name, boolean required) {
        return list(name, required).stream().map(element -> element.text(true)).toList();
    }

    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String value = text(true);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            problem("unknown value «" + value + "»; allowed: " + String.join(", ", allowed));
            return null;
        }
    }

    /** Reads a mapping of named sub-lists, e.g. classifier tables, preserving their order. */
    public <T> Map<String, List<T>> namedLists(Set<String> allowedKeys, Function<YamlCursor, T> element) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        if (!expectMapping(allowedKeys)) {
            return result;
        }
        for (String key : allowedKeys) {
            field(key).ifPresent(list -> result.put(key, list.elements().stream().map(element).toList()));
        }
        return result;
    }

    public boolean isNull() {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    /** The elements of this list (a problem, and none, when this is not a list). */
    public List<YamlCursor> elements() {
        if (!(node instanceof SequenceNode sequence)) {
            problem("expected a list");
            return List.of();
        }
        List<YamlCursor> elements = new ArrayList<>();
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            elements.add(new YamlCursor(file, path + "[" + i + "]", values.get(i), problems));
        }
        return elements;
    }

    public String text(boolean mustNotBeBlank) {
        if (!(node instanceof ScalarNode scalar) || isNull()) {
            problem(node instanceof ScalarNode ? "the text is empty" : "expected a text");
            return "";
        }
        String value = scalar.getValue().strip();
        if (mustNotBeBlank && value.isEmpty()) {
            problem("the text is empty");
        } else if (value.length() > ModelVersion.LONG_TEXT) {
            problem("the text is longer than " + ModelVersion.LONG_TEXT + " characters");
        }
        return value;
    }

    /** The fields of this mapping by name, in file order (a problem, and none, when this is not a mapping). */
    public Map<String, YamlCursor> entries() {
        Map<String, YamlCursor> entries = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem("expected a mapping of fields");
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyOf(tuple);
            entries.put(key, new YamlCursor(file, childPath(key), tuple.getValueNode(), problems));
        }
        return entries;
    }

    /** This value as a whole number within the bounds, or {@code null} after reporting why not. */
    public Integer integer(int min, int max) {
        if (!(node instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())) {
            problem("expected a whole number");
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(scalar.getValue());
        } catch (NumberFormatException e) {
            problem("expected a whole number");
            return null;
        }
        if (value < min || value > max) {
            problem("must be between " + min + " and " + max + ", is " + value);
            return null;
        }
        return value;
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : String.valueOf(tuple.getKeyNode());
    }
}
