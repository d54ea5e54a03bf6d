/**
 * Who is who in the contact centre: people (employees) with their position history, education and completed
 * training; teams inside departments with their supervisors; mentorships; and the accounts people log in with,
 * holding roles. Nobody is ever hard-deleted: people, teams and accounts are deactivated, so history stays whole.
 */
package ru.navyk.domain.people;
