/**
 * Shared test support: the one Payara Micro running the built WAR for HTTP and browser tests, the Arquillian
 * deployment of the built WAR, and browser helpers. Tests never read anything outside the repository.
 */
package ru.navyk.testsupport;
