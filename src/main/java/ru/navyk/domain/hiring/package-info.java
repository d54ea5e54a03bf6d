/**
 * Hiring (D/03.5: «формировать требования к кандидатам», «формировать профиль кандидата для отбора специалистов»):
 * a {@link ru.navyk.domain.hiring.Vacancy} pins a published job profile version for a team; a
 * {@link ru.navyk.domain.hiring.Candidate} applies to it, moves through the pipeline
 * ({@link ru.navyk.domain.hiring.CandidateStage}), is interviewed and tested against the profile's items
 * ({@link ru.navyk.domain.hiring.CandidateAssessment}), and is compared with the other candidates by
 * {@link ru.navyk.domain.hiring.FitRule}. Candidates are not employees: only a hire makes one a
 * {@link ru.navyk.domain.people.Person}, and only then do their interview ratings become evidence.
 */
package ru.navyk.domain.hiring;
