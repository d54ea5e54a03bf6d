/**
 * Application services of the competency model: importing the model files into a new version (one transaction,
 * nothing half-written) and serving the current version as an immutable snapshot for pages and the CASE export.
 */
package ru.navyk.application.competency;
