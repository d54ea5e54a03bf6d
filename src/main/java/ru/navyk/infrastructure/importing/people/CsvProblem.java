package ru.navyk.infrastructure.importing.people;

import java.io.Serializable;

/**
 * One problem found in an employee CSV file.
 *
 * @param rowNumber the 1-based line of the file where the row starts (1 = the header line when the file does not
 *                  begin with empty lines); 0 for a problem of the whole file ({@link Code#EMPTY_FILE}, or
 *                  {@link Code#UNREADABLE} when the bytes cannot be decoded)
 * @param column    the header name as written in the file (trimmed), the canonical Russian name for
 *                  {@link Code#MISSING_COLUMN}, or null for a whole-row or whole-file problem
 * @param code      what is wrong
 * @param value     the offending cell text (trimmed) or null; see each code for what it holds
 */
public record CsvProblem(int rowNumber, String column, Code code, String value) implements Serializable {

    public enum Code {
        /** The file has no header, or a header and no data rows. Row 0. */
        EMPTY_FILE,
        /** A required column is absent from the header; column is its canonical Russian name. */
        MISSING_COLUMN,
        /** A header name that is none of the known columns or their synonyms (an unnamed column too). */
        UNKNOWN_COLUMN,
        /** A column appears twice (perhaps under two synonyms); value is the first header name as written. */
        DUPLICATE_COLUMN,
        /** The row has more or fewer cells than the header; value is its number of cells. Its cells are not checked. */
        WRONG_CELL_COUNT,
        /** A required cell is empty. */
        REQUIRED,
        INVALID_EMAIL,
        INVALID_PHONE,
        /** Not a real date in dd.MM.yyyy, d.M.yyyy or yyyy-MM-dd. */
        INVALID_DATE,
        /** A hire date after today. */
        DATE_IN_FUTURE,
        /** The qualification level is not a whole number from 3 to 6. */
        INVALID_LEVEL,
        UNKNOWN_EDUCATION,
        /** The cell is longer than the portal stores for that column. */
        TOO_LONG,
        /** The e-mail repeats an earlier row, case ignored; value is "&lt;cell value&gt;, row &lt;first row&gt;". */
        DUPLICATE_EMAIL_IN_FILE,
        /** The personnel number repeats an earlier row; value is "&lt;cell value&gt;, row &lt;first row&gt;". */
        DUPLICATE_PERSONNEL_NUMBER_IN_FILE,
        /** More data rows than one import takes; row is the first row over the limit, value the number of data rows. */
        TOO_MANY_ROWS,
        /**
         * The file is not CSV text in the chosen encoding (row 0), for example an Excel workbook, or its quoting is
         * broken from the given row on (nothing after that row is read).
         */
        UNREADABLE
    }
}
