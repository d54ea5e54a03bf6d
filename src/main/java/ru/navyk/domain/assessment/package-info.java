/**
 * Ratings of people against the competency model: the one {@link ru.navyk.domain.assessment.Proficiency} scale every
 * assessment uses, and {@link ru.navyk.domain.assessment.Evidence}, the single record of every rating whatever
 * feature made it (interview, mentor log, probation, review, quiz, course, event). Current proficiency is always
 * derived from evidence by {@link ru.navyk.domain.assessment.ProficiencyRule}; no feature keeps its own copy.
 */
package ru.navyk.domain.assessment;
