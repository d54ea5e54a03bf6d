/**
 * The professional standard as Navyk's competency model: generalized labor functions (A–E, qualification levels 3–6),
 * labor functions (A/01.3 … E/04.6) and their ordered competency items (labor actions, required skills, required
 * knowledge). Every import of changed model files is a new {@link ru.navyk.domain.competency.ModelVersion}; records
 * elsewhere in Navyk point at the items of one version, so history is never rewritten.
 */
package ru.navyk.domain.competency;
