package ru.navyk.infrastructure.importing.people;

import java.util.List;

/** Whitespace as spreadsheets leave it: besides ordinary spaces, no-break spaces and a stray byte order mark. */
final class Cells {

    private Cells() {
    }

    /**
     * A no-break space is not whitespace to {@link String#strip()}, yet Excel and 1С put it into names and numbers
     * where the officer sees an ordinary space, so it is trimmed like one.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Replaces every run of spaces inside the text by one ordinary space. */
    static String collapseSpaces(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
                continue;
            }
            if (inSpace && !collapsed.isEmpty()) {
                collapsed.append(' ');
            }
            inSpace = false;
            collapsed.append(c);
        }
        return collapsed.toString();
    }

    /** A line of nothing but separators and spaces, as Excel writes for a formatted but empty row. */
    static boolean allEmpty(List<String> cells) {
        return cells.stream().allMatch(cell -> trim(cell).isEmpty());
    }
}
