/**
 * Timers: thin EJB schedules that only call an idempotent application method, so a once-per-cluster guard can wrap
 * them without touching the business rule.
 */
package ru.navyk.infrastructure.scheduling;
