package ru.navyk.domain.competency;

/**
 * Levels of education as Federal Law 273-ФЗ «Об образовании в Российской Федерации» names them, in ascending order,
 * so that "at least secondary vocational" is a comparison of ordinals.
 */
public enum EducationLevel {
    BASIC_GENERAL,
    SECONDARY_GENERAL,
    SECONDARY_VOCATIONAL,
    HIGHER_BACHELOR,
    HIGHER_SPECIALIST,
    HIGHER_MASTER,
    HIGHER_POSTGRADUATE;

    public boolean isAtLeast(EducationLevel other) {
        return compareTo(other) >= 0;
    }
}
