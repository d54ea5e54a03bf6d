/**
 * Reading the course files ({@code content/courses/}, format in its README.md): an index of course folders, each with
 * {@code course.yaml}, Markdown lessons and {@code test.yaml}. Every problem is collected with file, line and field;
 * any problem rejects the whole import.
 */
package ru.navyk.infrastructure.importing.courses;
