/**
 * Writing and reading evidence: {@link ru.navyk.application.assessment.EvidenceRecorder} is the one way any feature
 * records ratings (inside the feature's own transaction, after the feature checked the rater may assess the person);
 * {@link ru.navyk.application.assessment.EvidenceService} reads a person's history, current standing and progress
 * against a job profile for whoever may see the person.
 */
package ru.navyk.application.assessment;
