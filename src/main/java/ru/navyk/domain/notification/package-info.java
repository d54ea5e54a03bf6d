/**
 * The in-portal notification inbox: messages addressed to a person (a reminder, a request), read on the home page.
 */
package ru.navyk.domain.notification;
