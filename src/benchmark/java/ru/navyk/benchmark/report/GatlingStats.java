package ru.navyk.benchmark.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the statistics Gatling writes with its HTML report ({@code <run>/js/stats.json}): per group (one per
 * scenario, one execution per user action) and per request inside it, counts and response-time percentiles
 * (Gatling's default indicators: 50th, 75th, 95th, 99th).
 */
public final class GatlingStats {

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
        Path stats = statsFile(resultsDir);
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(stats, StandardCharsets.UTF_8))) {
            JsonObject root = reader.readObject();
            Map<String, Group> groups = new LinkedHashMap<>();
            for (JsonValue value : contents(root)) {
                JsonObject node = value.asJsonObject();
                if ("GROUP".equals(node.getString("type"))) {
                    List<Stats> requests = new ArrayList<>();
                    for (JsonValue child : contents(node)) {
                        JsonObject request = child.asJsonObject();
                        if ("REQUEST".equals(request.getString("type"))) {
                            requests.add(stats(request));
                        }
                    }
                    groups.put(node.getString("name"), new Group(stats(node), requests));
                }
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path statsFile(Path resultsDir) {
        try (Stream<Path> files = Files.walk(resultsDir)) {
            List<Path> found = files.filter(f -> f.endsWith(Path.of("js", "stats.json"))).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("Expected one Gatling report under " + resultsDir + ", found "
                        + found.size());
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Iterable<JsonValue> contents(JsonObject node) {
        JsonValue contents = node.get("contents");
        return contents == null || contents.getValueType() != JsonValue.ValueType.OBJECT ? List.of()
                : contents.asJsonObject().values();
    }

    private static Stats stats(JsonObject node) {
        JsonObject stats = node.getJsonObject("stats");
        JsonObject count = stats.getJsonObject("numberOfRequests");
        return new Stats(node.getString("name"), number(count, "total"), number(count, "ok"), number(count, "ko"),
                total(stats, "meanResponseTime"), total(stats, "percentiles1"), total(stats, "percentiles3"),
                total(stats, "percentiles4"), total(stats, "maxResponseTime"));
    }

    private static double total(JsonObject stats, String indicator) {
        JsonObject value = stats.getJsonObject(indicator);
        return value == null ? Double.NaN : number(value, "total");
    }

    /** Gatling writes numbers, or strings ("-" where there is nothing to count). */
    private static long number(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return 0;
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            return object.getJsonNumber(key).longValue();
        }
        String text = object.getString(key).strip();
        return text.matches("-?\\d+(\\.\\d+)?") ? Math.round(Double.parseDouble(text)) : 0;
    }
}
