/**
 * Telling people about things that need them. {@link ru.navyk.application.notification.Notifier} is the one port
 * features call with texts already in the recipient's language ({@link ru.navyk.application.notification.NotificationTexts});
 * {@link ru.navyk.application.notification.InboxAndMailNotifier} delivers into the in-portal inbox and, where a mail
 * server is configured, into the e-mail outbox. {@link ru.navyk.application.notification.NotificationService} reads
 * and marks the caller's own inbox.
 */
package ru.navyk.application.notification;
