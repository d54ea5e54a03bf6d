/**
 * Reading the staff list that an HR system (1С:ЗУП, Excel, a personnel database) exports as CSV: detect the encoding
 * and separator, match columns by name, check every cell, and report every problem with its line and column, so the
 * HR officer can fix the whole file in one go. Nothing here touches the database; checks against stored employees
 * belong to the import service.
 */
package ru.navyk.infrastructure.importing.people;
