package ru.navyk.infrastructure.importing.people;

/**
 * The encoding of an uploaded CSV file. {@link #AUTO} recognises what Russian HR systems produce: UTF-8 (with or
 * without a byte order mark) or, failing a strict UTF-8 decoding, windows-1251 («CSV (разделители — запятые)» from a
 * Russian Excel).
 */
public enum CsvEncoding {
    AUTO,
    UTF_8,
    WINDOWS_1251
}
