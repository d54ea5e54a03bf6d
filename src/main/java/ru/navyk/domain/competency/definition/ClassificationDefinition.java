package ru.navyk.domain.competency.definition;

/**
 * One row of a classifier table (ОКЗ, ЕКС, ОКПДТР, ОКСО).
 *
 * @param scheme the classifier, e.g. {@code OKZ}
 * @param code   {@code null} where the classifier has no codes (ЕКС)
 */
public record ClassificationDefinition(String scheme, String code, String name) {
}
