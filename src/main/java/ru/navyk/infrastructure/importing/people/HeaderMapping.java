package ru.navyk.infrastructure.importing.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the file holds which field. A header is usable only without problems: every cell must be a known
 * column, each at most once, and every required column present. An unknown column is an error rather than ignored,
 * so that no data in the file is silently dropped.
 */
final class HeaderMapping {

    private final List<String> names;
    private final List<EmployeeColumn> columns;
    private final List<CsvProblem> problems;

    private HeaderMapping(List<String> names, List<EmployeeColumn> columns, List<CsvProblem> problems) {
        this.names = names;
        this.columns = columns;
        this.problems = problems;
    }

    static HeaderMapping of(List<String> cells, int rowNumber) {
        List<String> names = cells.stream().map(Cells::trim).toList();
        List<EmployeeColumn> columns = new ArrayList<>();
        Map<EmployeeColumn, String> firstNames = new EnumMap<>(EmployeeColumn.class);
        List<CsvProblem> problems = new ArrayList<>();
        for (String name : names) {
            Optional<EmployeeColumn> column = EmployeeColumn.recognise(name);
            columns.add(column.orElse(null));
            if (column.isEmpty()) {
                problems.add(new CsvProblem(rowNumber, name, CsvProblem.Code.UNKNOWN_COLUMN, null));
            } else if (firstNames.containsKey(column.get())) {
                problems.add(new CsvProblem(rowNumber, name, CsvProblem.Code.DUPLICATE_COLUMN,
                        firstNames.get(column.get())));
            } else {
                firstNames.put(column.get(), name);
            }
        }
        for (EmployeeColumn column : EmployeeColumn.values()) {
            if (column.required() && !firstNames.containsKey(column)) {
                problems.add(new CsvProblem(rowNumber, column.canonicalName(), CsvProblem.Code.MISSING_COLUMN, null));
            }
        }
        return new HeaderMapping(names, columns, problems);
    }

    boolean usable() {
        return problems.isEmpty();
    }

    List<CsvProblem> problems() {
        return problems;
    }

    /** The header cells as written, trimmed. */
    List<String> names() {
        return names;
    }

    int size() {
        return columns.size();
    }

    /** The field of the column at this position; only asked of a usable header, where every position has one. */
    EmployeeColumn column(int index) {
        return columns.get(index);
    }

    String name(int index) {
        return names.get(index);
    }
}
