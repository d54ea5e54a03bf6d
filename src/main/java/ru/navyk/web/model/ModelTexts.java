package ru.navyk.web.model;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the model pages. */
final class ModelTexts {

    private ModelTexts() {
    }

    /** «код A/03; уровень 5; наименование …» — the printed values that differ, or {@code null} when none do. */
    static String printed(String code, Integer level, String name, String heading) {
        List<String> parts = new ArrayList<>();
        if (code != null) {
            parts.add(code);
        }
        if (level != null) {
            parts.add(String.valueOf(level));
        }
        if (name != null) {
            parts.add("«" + name + "»");
        }
        if (heading != null && !heading.equals(name)) {
            parts.add("«" + heading + "»");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
