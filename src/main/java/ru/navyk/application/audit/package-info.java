/** Writing and reading the audit trail. */
package ru.navyk.application.audit;
