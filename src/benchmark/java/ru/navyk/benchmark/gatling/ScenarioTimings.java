package ru.navyk.benchmark.gatling;

import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each scenario's first user started and its last user finished. The scenarios of one simulation run one after
 * the other, and Gatling's own requests-per-second figure spreads each scenario's requests over the whole run, so the
 * report computes throughput from these times instead.
 */
public final class ScenarioTimings {

    private static final Map<String, Long> STARTED = new ConcurrentHashMap<>();
    private static final Map<String, Long> ENDED = new ConcurrentHashMap<>();

    private ScenarioTimings() {
    }

    static Session started(String scenario, Session session) {
        STARTED.merge(scenario, System.currentTimeMillis(), Math::min);
        return session;
    }

    static Session ended(String scenario, Session session) {
        ENDED.merge(scenario, System.currentTimeMillis(), Math::max);
        return session;
    }

    /** Writes {@code <scenario>.start} and {@code <scenario>.end} (epoch milliseconds) for every scenario. */
    static void write(Path file) {
        Properties properties = new Properties();
        STARTED.forEach((scenario, at) -> properties.setProperty(scenario + ".start", String.valueOf(at)));
        ENDED.forEach((scenario, at) -> properties.setProperty(scenario + ".end", String.valueOf(at)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "Scenario start and end, epoch milliseconds");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
