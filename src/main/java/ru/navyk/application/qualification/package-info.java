/**
 * Qualification decisions: {@link ru.navyk.application.qualification.LevelDecisionRecorder} is the one writer of
 * level decisions (probation assessments and qualification reviews call it after checking the decider manages the
 * person).
 */
package ru.navyk.application.qualification;
