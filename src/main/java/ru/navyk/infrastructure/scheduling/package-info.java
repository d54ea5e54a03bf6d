/**
 * Timers that drive scheduled work (non-persistent EJB timers). Each only calls an idempotent service method, so
 * running it on several nodes or twice does no harm; a once-per-cluster lock can wrap these calls.
 */
package ru.navyk.infrastructure.scheduling;
