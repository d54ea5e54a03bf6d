package ru.navyk.domain.competency.definition;

import ru.navyk.domain.competency.ItemKind;

/**
 * One labor action, required skill or required knowledge, verbatim.
 *
 * @param position 1-based position within its kind's list, in the standard's order
 * @param textEn   unofficial English translation, or {@code null}
 */
public record ItemDefinition(ItemKind kind, String code, int position, String text, String textEn) {
}
