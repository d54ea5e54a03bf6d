/** The REST API under {@code /api}, described by MicroProfile OpenAPI at {@code /openapi}. */
package ru.navyk.api;
