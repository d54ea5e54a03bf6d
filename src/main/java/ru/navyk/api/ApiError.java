package ru.navyk.api;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The body of every error answer of the API.
 *
 * @param field   the input the error concerns (a property of the request body or a query parameter), or {@code null}
 *                when it concerns the request as a whole
 * @param code    the message key, stable for programs to branch on
 * @param message the message in the caller's language (Russian unless {@code Accept-Language} prefers English)
 */
@JsonbNillable
public record ApiError(String field, String code, String message) {
}
