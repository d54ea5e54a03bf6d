/**
 * Timers that drive scheduled work (non-persistent EJB timers). Each only calls an idempotent application method, so
 * running it on several nodes or twice does no harm, and a once-per-cluster guard can wrap it without touching the
 * business rule.
 */
package ru.navyk.infrastructure.scheduling;
