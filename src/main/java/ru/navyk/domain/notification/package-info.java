/**
 * Telling people things: the in-portal inbox ({@link ru.navyk.domain.notification.Notification}) and the e-mail
 * outbox ({@link ru.navyk.domain.notification.OutboxMail}) that a scheduled job empties, so that a slow or failed
 * mail server never loses a message nor rolls back the change that caused it.
 */
package ru.navyk.domain.notification;
