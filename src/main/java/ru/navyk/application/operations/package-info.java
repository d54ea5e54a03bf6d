/** Housekeeping of the portal itself, run as scheduled jobs once per cluster. */
package ru.navyk.application.operations;
