package ru.navyk.benchmark.gatling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated benchmark callers (ru.navyk.benchmark.data.AccountData): one CSV row each with username, personal
 * API token, person id (and, for managers, their team id), fed one per virtual user, so concurrent users are
 * different people.
 */
public final class Callers {

    /** Which list. */
    public enum Kind {
        NONE(null), AGENTS("agents.csv"), MANAGERS("managers.csv"), DEPARTMENT_HEADS("heads.csv"), HR("hr.csv");

        final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    private Callers() {
    }

    /** The rows of a list as Gatling feeder records (column name → value). */
    public static List<Map<String, Object>> read(Path usersDir, Kind kind) {
        try {
            List<String> lines = Files.readAllLines(usersDir.resolve(kind.file), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",");
            List<Map<String, Object>> records = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                Map<String, Object> record = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    record.put(header[i], cells[i]);
                }
                records.add(record);
            }
            if (records.isEmpty()) {
                throw new IllegalStateException("No callers in " + usersDir.resolve(kind.file));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
