/**
 * Telling people about things that need them. {@link ru.navyk.application.notification.Notifier} is the one port
 * features call; {@link ru.navyk.application.notification.InboxNotifier} delivers into the in-portal inbox. E-mail
 * delivery (an outbox sent by a scheduled job) plugs in behind the same port.
 */
package ru.navyk.application.notification;
