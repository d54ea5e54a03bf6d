package ru.navyk.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which tables can be filled so that every foreign key points at a row already there: a table comes
 * after every table it references. A table that references itself (a team's parent team) is filled parent rows
 * first, which is the copier's business, not the order's.
 */
final class TableOrder {

    private TableOrder() {
    }

    /**
     * @param references for each table, the tables its foreign keys point at (itself allowed)
     * @return all tables, referenced ones first, ties in name order so that the order is stable
     * @throws IllegalStateException naming the tables of a cycle, which no insertion order can satisfy
     */
    static List<String> of(Map<String, ? extends Collection<String>> references) {
        Map<String, Set<String>> pending = new TreeMap<>();
        references.forEach((table, targets) -> {
            Set<String> others = new TreeSet<>(targets);
            others.remove(table);
            pending.put(table, others);
        });
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            List<String> ready = pending.entrySet().stream()
                    .filter(entry -> done.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("Foreign keys form a cycle between the tables " + pending.keySet());
            }
            for (String table : ready) {
                pending.remove(table);
                done.add(table);
                order.add(table);
            }
        }
        return order;
    }
}
