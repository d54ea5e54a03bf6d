/**
 * Reading the competency model from its YAML files ({@code competency-model/}): parse, check everything, report every
 * problem with file, line and field, and only then hand over a {@link ru.navyk.domain.competency.definition.StandardDefinition}.
 */
package ru.navyk.infrastructure.importing.model;
