/** Turning authored content (lessons' Markdown) into what pages may show. */
package ru.navyk.infrastructure.content;
