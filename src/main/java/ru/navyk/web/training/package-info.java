/**
 * Backing beans of the training pages under {@code /training/}: the course catalogue, lessons, tests and results,
 * «Мои курсы», assignments and their reports, events with registration and attendance, training needs and plans,
 * training requests, upskilling, the course editor; plus the certificate and document downloads.
 */
package ru.navyk.web.training;
