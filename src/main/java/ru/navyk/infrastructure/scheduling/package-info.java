/** Timers: thin EJB schedules that call application services, which hold the rules. */
package ru.navyk.infrastructure.scheduling;
