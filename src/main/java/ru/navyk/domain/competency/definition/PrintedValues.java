package ru.navyk.domain.competency.definition;

/**
 * What the standard's card (or its section heading) prints where Navyk decided otherwise (see {@code competency-model/ERRATA.md}); each field
 * is {@code null} where the card agrees with Navyk.
 */
public record PrintedValues(String code, Integer level, String name, String heading) {

    public static final PrintedValues NONE = new PrintedValues(null, null, null, null);

    public boolean isEmpty() {
        return code == null && level == null && name == null && heading == null;
    }
}
