package ru.navyk.domain.competency.definition;

import java.util.List;
import java.util.stream.Stream;

/** A labor function card (e.g. §3.4.3, D/03.5) with its three ordered lists. */
public record LaborFunctionDefinition(
        String code,
        int level,
        String section,
        String name,
        String nameEn,
        PrintedValues asPrinted,
        List<ItemDefinition> laborActions,
        List<ItemDefinition> skills,
        List<ItemDefinition> knowledge,
        List<String> otherCharacteristics) {

    public LaborFunctionDefinition {
        laborActions = List.copyOf(laborActions);
        skills = List.copyOf(skills);
        knowledge = List.copyOf(knowledge);
        otherCharacteristics = List.copyOf(otherCharacteristics);
    }

    /** All items in card order: labor actions, then skills, then knowledge. */
    public List<ItemDefinition> items() {
        return Stream.of(laborActions, skills, knowledge).flatMap(List::stream).toList();
    }
}
