/**
 * Reading the knowledge-base articles Navyk ships ({@code content/kb/*.md}: Markdown with a YAML front matter), with
 * every problem reported by file, line and field before anything is stored.
 */
package ru.navyk.infrastructure.importing.kb;
