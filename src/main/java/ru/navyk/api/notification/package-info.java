/** REST API of the caller's own notification inbox. */
package ru.navyk.api.notification;
