/**
 * Probation: reading and extending it, the supervisor's signed final assessment (ratings become evidence, a pass
 * becomes a level decision) and the reminders before its end.
 */
package ru.navyk.application.probation;
