package ru.navyk.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the statistics table of the HTML report Gatling writes ({@code <run>/index.html}; Gatling 3.14 no longer
 * writes a {@code stats.json}): per group (one per scenario, one execution per user action) and per request inside
 * it, counts and response-time percentiles (Gatling's default indicators: 50th, 75th, 95th, 99th). Columns of that
 * table: 2 total, 3 OK, 4 KO, 8 p50, 10 p95, 11 p99, 12 max, 13 mean.
 */
public final class GatlingStats {

    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"((?:group|req)_[^\"]*)\" data-parent=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /** Statistics of a group or a request; times in milliseconds. */
    public record Stats(String name, long total, long ok, long ko, double mean, double p50, double p95, double p99,
                        double max) {
    }

    /** A scenario's group and its requests. */
    public record Group(Stats action, List<Stats> requests) {
    }

    private GatlingStats() {
    }

    /** The groups of the one Gatling run in {@code resultsDir}, by name. */
    public static Map<String, Group> read(Path resultsDir) {
        String html;
        try {
            html = Files.readString(reportFile(resultsDir), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Stats> groupsById = new LinkedHashMap<>();
        Map<String, List<Stats>> requestsByGroup = new HashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Stats stats = stats(row.group(3));
            if (row.group(1).startsWith("group_") && "ROOT".equals(row.group(2))) {
                groupsById.put(row.group(1), stats);
            } else if (row.group(1).startsWith("req_")) {
                requestsByGroup.computeIfAbsent(row.group(2), g -> new ArrayList<>()).add(stats);
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        groupsById.forEach((id, action) -> groups.put(action.name(),
                new Group(action, requestsByGroup.getOrDefault(id, List.of()))));
        return groups;
    }

    private static Path reportFile(Path resultsDir) {
        try (Stream<Path> files = Files.walk(resultsDir, 2)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals("index.html")).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("Expected one Gatling report under " + resultsDir + ", found "
                        + found.size());
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stats stats(String row) {
        Matcher name = NAME.matcher(row);
        String label = name.find() ? name.group(1).strip() : "?";
        Map<Integer, Double> cells = new HashMap<>();
        Matcher cell = CELL.matcher(row);
        while (cell.find()) {
            String text = cell.group(2).strip().replace(",", "");
            cells.put(Integer.parseInt(cell.group(1)), text.matches("-?\\d+(\\.\\d+)?")
                    ? Double.parseDouble(text) : Double.NaN);
        }
        return new Stats(label, count(cells, 2), count(cells, 3), count(cells, 4), cells.getOrDefault(13, Double.NaN),
                cells.getOrDefault(8, Double.NaN), cells.getOrDefault(10, Double.NaN),
                cells.getOrDefault(11, Double.NaN), cells.getOrDefault(12, Double.NaN));
    }

    private static long count(Map<Integer, Double> cells, int column) {
        Double value = cells.get(column);
        return value == null || value.isNaN() ? 0 : Math.round(value);
    }
}
