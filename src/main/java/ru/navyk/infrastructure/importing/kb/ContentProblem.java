package ru.navyk.infrastructure.importing.kb;

/** One problem of a content file: where (file, 1-based line, front-matter field or {@code body}) and what. */
public record ContentProblem(String file, int line, String field, String detail) {

    @Override
    public String toString() {
        return file + ":" + line + (field == null ? "" : " [" + field + "]") + ": " + detail;
    }
}
