package ru.navyk.domain.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes and reads {@code key:v,v;key:v} — ids only, so the stored text never holds learners' free text. */
final class IdLists {

    private IdLists() {
    }

    static String encode(Map<Long, ? extends java.util.Collection<Long>> lists) {
        return lists.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().stream().map(String::valueOf)
                .collect(Collectors.joining(","))).collect(Collectors.joining(";"));
    }

    static Map<Long, List<Long>> decode(String text) {
        Map<Long, List<Long>> lists = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return lists;
        }
        for (String entry : text.split(";")) {
            String[] parts = entry.split(":", -1);
            List<Long> values = new ArrayList<>();
            if (parts.length > 1 && !parts[1].isEmpty()) {
                for (String value : parts[1].split(",")) {
                    values.add(Long.valueOf(value));
                }
            }
            lists.put(Long.valueOf(parts[0]), values);
        }
        return lists;
    }
}
