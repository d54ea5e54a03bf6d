package ru.navyk.domain.development;

/** What a development goal aims at. */
public enum GoalKind {
    /** A target proficiency on one competency item (a labor action, skill or knowledge). */
    ITEM,
    /** A target proficiency on every item of one labor function. */
    LABOR_FUNCTION,
    /** Holding the qualification level of a generalized function (by a manager's decision). */
    LEVEL
}
