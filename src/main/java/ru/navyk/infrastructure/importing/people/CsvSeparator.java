package ru.navyk.infrastructure.importing.people;

/**
 * The field separator of an uploaded CSV file. {@link #AUTO} counts both candidates in the header line outside quotes
 * and takes the more frequent; a Russian Excel writes ';' because ',' is the decimal separator, so ';' wins a tie.
 */
public enum CsvSeparator {
    AUTO,
    SEMICOLON,
    COMMA
}
