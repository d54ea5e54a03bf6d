/**
 * The demo contact centre «Навык-Демо»: about forty people with position histories, teams and a sub-team,
 * departments, mentorships, completed training and accounts, loaded once into an empty database when the portal
 * starts with {@code NAVYK_DEMO=true}. The accounts share one published password ({@link
 * ru.navyk.infrastructure.demo.DemoAccounts}), so this package is for demonstrations and tests only.
 */
package ru.navyk.infrastructure.demo;
