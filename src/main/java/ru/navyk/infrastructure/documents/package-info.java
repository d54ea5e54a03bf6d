/** Documents the portal produces for download (course completion certificates as PDF). */
package ru.navyk.infrastructure.documents;
