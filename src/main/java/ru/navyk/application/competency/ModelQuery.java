package ru.navyk.application.competency;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import ru.navyk.domain.competency.ItemKind;

/**
 * What the model browser asks for.
 *
 * @param text  words to find in codes, names and item texts; case-insensitive, «ё» and «е» alike; blank for all
 * @param level a qualification level, or {@code null} for all
 * @param kinds item kinds to show; empty for all
 */
public record ModelQuery(String text, Integer level, Set<ItemKind> kinds) {

    public static final ModelQuery ALL = new ModelQuery("", null, Set.of());

    public ModelQuery {
        text = text == null ? "" : text.strip();
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** True when the query narrows anything down, so the browser opens the matching functions. */
    public boolean isNarrowed() {
        return !text.isEmpty() || level != null || !kinds.isEmpty();
    }

    boolean allows(ItemKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    String normalizedText() {
        return normalize(text);
    }

    /**
     * Lower-cases with the root locale and folds «ё» into «е», keeping each character in place so that match
     * positions found in the normalised text are valid in the original.
     */
    public static String normalize(String value) {
        return value.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
