/**
 * The database: the application's data source, Liquibase migrations run before anything else at start-up, and JPA
 * implementations of the domain's repositories.
 */
package ru.navyk.infrastructure.persistence;
