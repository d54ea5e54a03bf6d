package ru.navyk.infrastructure.importing.people;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What an employee CSV file holds. The file may be imported only if {@link #isValid()}: a partly valid file is
 * refused as a whole, so that an import never leaves half of a staff list behind.
 *
 * @param charset      the encoding used to read the file (detected or chosen)
 * @param separator    the field separator used (detected or chosen)
 * @param header       the header cells as written, trimmed; empty if there is no header
 * @param rows         the rows without problems, in file order
 * @param dataRowCount every non-empty data row, valid or not, including rows over the limit
 * @param problems     every problem, sorted by row number and, within a row, by column order
 */
public record EmployeeCsvResult(Charset charset, char separator, List<String> header, List<EmployeeCsvRow> rows,
        int dataRowCount, List<CsvProblem> problems) {

    public EmployeeCsvResult {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
