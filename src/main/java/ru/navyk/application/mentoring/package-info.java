/**
 * Mentoring: the mentor's log (sessions whose ratings become evidence), the trainee's progress over time, the
 * trainee's feedback on the mentor and the mentor's effectiveness report.
 */
package ru.navyk.application.mentoring;
