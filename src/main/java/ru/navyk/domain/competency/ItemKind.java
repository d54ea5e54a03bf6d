package ru.navyk.domain.competency;

/**
 * The three columns of a labor-function card, in the order the standard prints them. The two-letter tag is part of
 * every item code ({@code A/01.3/SK04}), so it must never change.
 */
public enum ItemKind {
    /** Трудовые действия. */
    LABOR_ACTION("LA"),
    /** Необходимые умения. */
    SKILL("SK"),
    /** Необходимые знания. */
    KNOWLEDGE("KN");

    private final String tag;

    ItemKind(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
