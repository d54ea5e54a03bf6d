/** Telling people things through the inbox in the portal and, where a mail server is configured, by e-mail. */
package ru.navyk.application.notification;
