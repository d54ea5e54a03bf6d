/**
 * E-mail: the settings ({@code navyk.mail.*}) and the sender that empties the outbox through Jakarta Mail. Without
 * {@code navyk.mail.host} e-mail is off and notifications go to the inbox in the portal only.
 */
package ru.navyk.infrastructure.mail;
