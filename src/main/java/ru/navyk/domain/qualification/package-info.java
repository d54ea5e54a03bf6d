/**
 * Qualification levels as decisions: a person holds a level of a generalized function («A at 3») only because an
 * authorised manager recorded a {@link ru.navyk.domain.qualification.LevelDecision} (from a probation assessment or a
 * qualification review). Decisions are append-only and never recomputed from evidence.
 */
package ru.navyk.domain.qualification;
