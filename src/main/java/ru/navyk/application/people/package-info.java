/**
 * People, teams and accounts: every read and change goes through these services, which check the caller's roles and
 * the access policy per object, and write the audit trail.
 */
package ru.navyk.application.people;
