package ru.navyk.infrastructure.importing.people;

/**
 * Chooses the field separator from the header line, where every separator is a real one: column names rarely contain
 * a comma or a semicolon, and inside quotes they do not count.
 */
final class SeparatorDetection {

    private SeparatorDetection() {
    }

    static char separator(String text, CsvSeparator choice) {
        return switch (choice) {
            case SEMICOLON -> ';';
            case COMMA -> ',';
            case AUTO -> detect(text);
        };
    }

    /** Counts in the first line with any text, since the reader skips empty lines before the header too. */
    private static char detect(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean hasText = false;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                // A doubled quote inside a quoted name toggles twice, which leaves the state as it was.
                quoted = !quoted;
                hasText = true;
            } else if (quoted) {
                hasText = true;
            } else if (c == '\n' || c == '\r') {
                if (hasText) {
                    break;
                }
                semicolons = 0;
                commas = 0;
            } else if (c == ';') {
                semicolons++;
            } else if (c == ',') {
                commas++;
            } else if (!Cells.isSpace(c)) {
                hasText = true;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
