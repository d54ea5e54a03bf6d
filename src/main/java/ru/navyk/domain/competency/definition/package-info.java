/**
 * The competency model as read from its data files, before it becomes a {@link ru.navyk.domain.competency.ModelVersion}:
 * immutable values, already validated, in the standard's order.
 */
package ru.navyk.domain.competency.definition;
