/**
 * The training REST API under {@code /api/training}: courses, the caller's attempts (start, questions without the
 * answer key, submit, result, certificate), assignments and their reports, events with registrations and attendance,
 * training requests. Per-object rules are the services': an agent sees their own attempts, a manager their teams'.
 */
package ru.navyk.api.training;
