/** Housekeeping of the portal itself: scheduled jobs run once per cluster, and Derby's online backup. */
package ru.navyk.application.operations;
