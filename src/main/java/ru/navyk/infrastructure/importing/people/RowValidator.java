package ru.navyk.infrastructure.importing.people;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.navyk.domain.competency.EducationLevel;

/**
 * Checks the data rows of one file in order, cell by cell in the order of the header, and reports every problem of a
 * row rather than the first. Remembers the e-mails and personnel numbers already seen, so that a repeat names the row
 * it repeats. A validator is for one file.
 */
final class RowValidator {

    private final HeaderMapping header;
    private final LocalDate today;
    private final Map<String, Integer> emailRows = new HashMap<>();
    private final Map<String, Integer> personnelNumberRows = new HashMap<>();

    RowValidator(HeaderMapping header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    /** The row if it has no problem; otherwise its problems are added to {@code problems} and nothing is returned. */
    Optional<EmployeeCsvRow> validate(int rowNumber, List<String> cells, List<CsvProblem> problems) {
        if (cells.size() != header.size()) {
            // The cells cannot be matched to columns, so checking them would only report consequences.
            problems.add(new CsvProblem(rowNumber, null, CsvProblem.Code.WRONG_CELL_COUNT,
                    String.valueOf(cells.size())));
            return Optional.empty();
        }
        Row row = new Row(rowNumber, problems);
        for (int i = 0; i < cells.size(); i++) {
            row.check(header.column(i), header.name(i), Cells.trim(cells.get(i)));
        }
        return row.valid() ? Optional.of(row.toCsvRow()) : Optional.empty();
    }

    /** The values and problems of the row being checked. */
    private final class Row {

        private final int rowNumber;
        private final List<CsvProblem> problems;
        private final int problemsBefore;
        private final Map<EmployeeColumn, String> texts = new EnumMap<>(EmployeeColumn.class);
        private LocalDate hireDate;
        private Integer level;
        private EducationLevel education;

        Row(int rowNumber, List<CsvProblem> problems) {
            this.rowNumber = rowNumber;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        void check(EmployeeColumn column, String name, String value) {
            if (value.isEmpty()) {
                if (column.required()) {
                    problem(name, CsvProblem.Code.REQUIRED, null);
                }
                return;
            }
            if (value.length() > column.maxLength()) {
                problem(name, CsvProblem.Code.TOO_LONG, value);
                return;
            }
            texts.put(column, value);
            switch (column) {
                case PERSONNEL_NUMBER -> repeated(personnelNumberRows, value, name, value,
                        CsvProblem.Code.DUPLICATE_PERSONNEL_NUMBER_IN_FILE);
                case EMAIL -> {
                    if (CellFormats.isEmail(value)) {
                        repeated(emailRows, value.toLowerCase(Locale.ROOT), name, value,
                                CsvProblem.Code.DUPLICATE_EMAIL_IN_FILE);
                    } else {
                        problem(name, CsvProblem.Code.INVALID_EMAIL, value);
                    }
                }
                case PHONE -> {
                    if (!CellFormats.isPhone(value)) {
                        problem(name, CsvProblem.Code.INVALID_PHONE, value);
                    }
                }
                case HIRE_DATE -> hireDate(name, value);
                case QUALIFICATION_LEVEL -> {
                    level = CellFormats.level(value).orElse(null);
                    if (level == null) {
                        problem(name, CsvProblem.Code.INVALID_LEVEL, value);
                    }
                }
                case EDUCATION -> {
                    education = EducationNames.recognise(value).orElse(null);
                    if (education == null) {
                        problem(name, CsvProblem.Code.UNKNOWN_EDUCATION, value);
                    }
                }
                default -> {
                    // Names, position and team are free text; their length is all there is to check.
                }
            }
        }

        private void hireDate(String name, String value) {
            Optional<LocalDate> date = CellFormats.date(value);
            if (date.isEmpty()) {
                problem(name, CsvProblem.Code.INVALID_DATE, value);
            } else if (date.get().isAfter(today)) {
                problem(name, CsvProblem.Code.DATE_IN_FUTURE, value);
            } else {
                hireDate = date.get();
            }
        }

        /** The first row with a key keeps it, whatever else is wrong there: the repeat is what needs fixing. */
        private void repeated(Map<String, Integer> seen, String key, String name, String value,
                CsvProblem.Code code) {
            Integer first = seen.putIfAbsent(key, rowNumber);
            if (first != null) {
                problem(name, code, value + ", row " + first);
            }
        }

        private void problem(String name, CsvProblem.Code code, String value) {
            problems.add(new CsvProblem(rowNumber, name, code, value));
        }

        boolean valid() {
            return problems.size() == problemsBefore;
        }

        EmployeeCsvRow toCsvRow() {
            String email = texts.get(EmployeeColumn.EMAIL);
            return new EmployeeCsvRow(rowNumber,
                    texts.get(EmployeeColumn.PERSONNEL_NUMBER),
                    texts.get(EmployeeColumn.LAST_NAME),
                    texts.get(EmployeeColumn.FIRST_NAME),
                    texts.get(EmployeeColumn.MIDDLE_NAME),
                    email.toLowerCase(Locale.ROOT),
                    texts.get(EmployeeColumn.PHONE),
                    hireDate,
                    texts.get(EmployeeColumn.POSITION),
                    level,
                    texts.get(EmployeeColumn.TEAM),
                    education);
        }
    }
}
