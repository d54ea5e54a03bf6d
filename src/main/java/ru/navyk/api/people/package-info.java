/**
 * The REST API for people, teams, departments, mentorships, accounts and the current user. Resources translate HTTP
 * to calls of the {@code application.people} services, which decide who may do what; errors become answers in
 * {@code ru.navyk.api}'s exception mappers.
 */
package ru.navyk.api.people;
