/**
 * The competency model as a 1EdTech CASE 1.1 framework: public, read-only, validated against the official CFPackage
 * JSON Schema by the tests. Identifiers are name-based UUIDs of the standard's codes, so they survive restarts and
 * re-imports.
 */
package ru.navyk.api.caseexport;
