/** The append-only record of who changed what: one entry per changed field, never updated or deleted. */
package ru.navyk.domain.audit;
