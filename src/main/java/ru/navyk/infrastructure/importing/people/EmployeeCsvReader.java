package ru.navyk.infrastructure.importing.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an employee CSV file as Russian HR systems export it (format: {@code docs/import-employees.md}) and checks
 * it completely: the header first, then every data row, reporting every problem with its line and column. A file with
 * an unusable header gets only its header problems, since its rows cannot be matched to fields. Duplicates are found
 * within the file only; comparing with the employees already stored is the import service's job.
 *
 * <p>The reader keeps no state between calls and may be shared.
 */
public final class EmployeeCsvReader {

    /** One import takes at most this many data rows; a larger staff list is imported in parts. */
    static final int MAX_DATA_ROWS = 20_000;

    private final Clock clock;

    /** @param clock gives "today", after which a hire date is refused */
    public EmployeeCsvReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public EmployeeCsvResult read(byte[] content, CsvEncoding encoding, CsvSeparator separator) {
        Objects.requireNonNull(content, "content");
        CsvDecoding.Decoded decoded = CsvDecoding.decode(content, Objects.requireNonNull(encoding, "encoding"));
        Objects.requireNonNull(separator, "separator");
        if (decoded.text().isEmpty()) {
            return new EmployeeCsvResult(decoded.charset(), SeparatorDetection.separator("", separator), List.of(),
                    List.of(), 0, List.of(new CsvProblem(0, null, CsvProblem.Code.UNREADABLE, null)));
        }
        String text = decoded.text().get();
        char delimiter = SeparatorDetection.separator(text, separator);
        return new Reading(LocalDate.now(clock)).read(text, delimiter, decoded.charset());
    }

    /** The state of reading one file. */
    private static final class Reading {

        private final LocalDate today;
        private final List<EmployeeCsvRow> rows = new ArrayList<>();
        private final List<CsvProblem> problems = new ArrayList<>();
        private HeaderMapping header;
        private RowValidator validator;
        private int dataRowCount;
        private int firstRowOverLimit;
        private boolean unreadable;

        Reading(LocalDate today) {
            this.today = today;
        }

        EmployeeCsvResult read(String text, char delimiter, Charset charset) {
            try (CSVParser parser = format(delimiter).parse(new StringReader(text))) {
                Iterator<CSVRecord> records = parser.iterator();
                while (!unreadable) {
                    // Lines consumed so far: the next record starts on the line after them, even if it spans lines.
                    int rowNumber = Math.toIntExact(parser.getCurrentLineNumber() + 1);
                    Optional<List<String>> cells = next(records, rowNumber);
                    if (cells.isEmpty()) {
                        break;
                    }
                    accept(rowNumber, cells.get());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading a string cannot fail", e);
            }
            finish();
            problems.sort(Comparator.comparingInt(CsvProblem::rowNumber)); // stable: column order stays
            return new EmployeeCsvResult(charset, delimiter, header == null ? List.of() : header.names(), rows,
                    dataRowCount, problems);
        }

        private static CSVFormat format(char delimiter) {
            return CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    // Empty lines come through as records so that each record's line number stays exact.
                    .setIgnoreEmptyLines(false)
                    // Spaces around a quoted cell («; "Иванов, Иван" ;») must not make the quotes part of the text.
                    .setIgnoreSurroundingSpaces(true)
                    .get();
        }

        private Optional<List<String>> next(Iterator<CSVRecord> records, int rowNumber) {
            try {
                return records.hasNext() ? Optional.of(records.next().toList()) : Optional.empty();
            } catch (UncheckedIOException e) {
                // An unclosed quote or text after a closing quote: where the row ends cannot be known any more.
                problems.add(new CsvProblem(rowNumber, null, CsvProblem.Code.UNREADABLE, null));
                unreadable = true;
                return Optional.empty();
            }
        }

        private void accept(int rowNumber, List<String> cells) {
            if (Cells.allEmpty(cells)) {
                return;
            }
            if (header == null) {
                header = HeaderMapping.of(cells, rowNumber);
                problems.addAll(header.problems());
                validator = new RowValidator(header, today);
                return;
            }
            dataRowCount++;
            if (dataRowCount > MAX_DATA_ROWS) {
                // Rows over the limit are counted, so the officer learns the size of the file, but not checked.
                if (firstRowOverLimit == 0) {
                    firstRowOverLimit = rowNumber;
                }
                return;
            }
            if (header.usable()) {
                validator.validate(rowNumber, cells, problems).ifPresent(rows::add);
            }
        }

        private void finish() {
            if (firstRowOverLimit > 0) {
                problems.add(new CsvProblem(firstRowOverLimit, null, CsvProblem.Code.TOO_MANY_ROWS,
                        String.valueOf(dataRowCount)));
            }
            if (dataRowCount == 0 && !unreadable) {
                problems.add(new CsvProblem(0, null, CsvProblem.Code.EMPTY_FILE, null));
            }
        }
    }
}
