package ru.navyk.application.people;

import java.io.Serializable;

/**
 * A reason an employee file cannot be imported, for the preview: the file line (1 = header, 0 = the whole file), the
 * column as written in the file (or {@code null}), the bundle key of the explanation and the offending value.
 */
public record ImportProblem(int rowNumber, String column, String messageKey, String value) implements Serializable {
}
