package ru.navyk.domain.competency;

/**
 * One thing wrong with the competency-model files, located precisely enough for the person who edits them.
 *
 * @param file   path of the file relative to the model folder, e.g. {@code functions/A.yaml}
 * @param line   1-based line, or 0 where the problem concerns the file as a whole
 * @param path   the field's path inside the file, e.g. {@code laborFunctions[2].skills[4].text}; empty for the root
 * @param detail what is wrong, in plain words
 */
public record ModelProblem(String file, int line, String path, String detail) {

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(", line ").append(line);
        }
        if (!path.isEmpty()) {
            out.append(", field ").append(path);
        }
        return out.append(": ").append(detail).toString();
    }
}
