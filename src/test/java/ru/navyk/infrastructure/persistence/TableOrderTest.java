package ru.navyk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tables are copied referenced-first, so foreign keys hold at every insert. */
class TableOrderTest {

    @Test
    void everyTableComesAfterTheTablesItReferences() {
        Map<String, Set<String>> references = Map.of(
                "account", Set.of("person"),
                "team", Set.of("department", "person", "team"),
                "department", Set.of("department", "person"),
                "person", Set.of(),
                "team_membership", Set.of("person", "team"));

        List<String> order = TableOrder.of(references);

        assertEquals(List.of("person", "account", "department", "team", "team_membership"), order);
        for (var entry : references.entrySet()) {
            for (String target : entry.getValue()) {
                assertTrue(order.indexOf(target) <= order.indexOf(entry.getKey()), entry.getKey() + " → " + target);
            }
        }
    }

    @Test
    void aCycleBetweenTablesIsNamed() {
        IllegalStateException cycle = assertThrows(IllegalStateException.class,
                () -> TableOrder.of(Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of())));

        assertTrue(cycle.getMessage().contains("[a, b]"), cycle.getMessage());
    }
}
