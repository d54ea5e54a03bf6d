/**
 * Mentoring (D/03.5: «организация процесса наставничества», «проведение оценки эффективности работы наставника по
 * окончании периода стажировки»): the mentor's log of sessions and observations (whose ratings are evidence), the
 * trainee's feedback on their mentor, progress over time and the rule that rates a mentor's effectiveness. The
 * mentorship itself (who mentors whom, when) is {@link ru.navyk.domain.people.Mentorship}.
 */
package ru.navyk.domain.mentoring;
