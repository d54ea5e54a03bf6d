/** Timers: thin, non-persistent EJB schedules that call an idempotent application method. */
package ru.navyk.infrastructure.scheduling;
