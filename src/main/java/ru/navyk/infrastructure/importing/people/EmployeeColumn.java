package ru.navyk.infrastructure.importing.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of an employee CSV file with the names HR systems give them. Columns are found by name, in any order;
 * a header cell matches when it equals the canonical name or a synonym after {@link #normalise(String)}.
 */
enum EmployeeColumn {
    PERSONNEL_NUMBER("Табельный номер", false, 50, "Таб. номер", "Табельный №"),
    LAST_NAME("Фамилия", true, 100),
    FIRST_NAME("Имя", true, 100),
    MIDDLE_NAME("Отчество", false, 100),
    EMAIL("E-mail", true, 254, "Email", "Электронная почта", "Эл. почта"),
    PHONE("Телефон", false, 30),
    HIRE_DATE("Дата приема", true, Integer.MAX_VALUE, "Дата приема на работу"),
    POSITION("Должность", true, 200),
    QUALIFICATION_LEVEL("Уровень квалификации", false, Integer.MAX_VALUE, "Уровень"),
    TEAM("Группа", false, 200, "Команда"),
    EDUCATION("Образование", false, Integer.MAX_VALUE);

    private final String canonicalName;
    private final boolean required;
    private final int maxLength;
    private final List<String> keys;

    EmployeeColumn(String canonicalName, boolean required, int maxLength, String... synonyms) {
        this.canonicalName = canonicalName;
        this.required = required;
        this.maxLength = maxLength;
        this.keys = Stream.concat(Stream.of(canonicalName), Stream.of(synonyms))
                .map(EmployeeColumn::normalise)
                .toList();
    }

    /** The name a MISSING_COLUMN problem and the documentation use. */
    String canonicalName() {
        return canonicalName;
    }

    /** A required column must be in the header and its cells must not be empty. */
    boolean required() {
        return required;
    }

    /** The longest value the portal stores; a column whose format bounds the length has no limit of its own. */
    int maxLength() {
        return maxLength;
    }

    static Optional<EmployeeColumn> recognise(String headerCell) {
        String key = normalise(headerCell);
        for (EmployeeColumn column : values()) {
            if (column.keys.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * Makes header names comparable the way an officer reads them: case, «ё» against «е», spacing, the '*' that
     * templates use to mark required columns and quotes around the name do not matter.
     */
    static String normalise(String headerCell) {
        String name = Cells.trim(headerCell);
        String previous;
        do {
            previous = name;
            if (name.endsWith("*")) {
                name = Cells.trim(name.substring(0, name.length() - 1));
            }
            name = Cells.trim(withoutSurroundingQuotes(name));
        } while (!name.equals(previous));
        return Cells.collapseSpaces(name).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String withoutSurroundingQuotes(String name) {
        if (name.length() < 2) {
            return name;
        }
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        boolean quoted = (first == '"' && last == '"') || (first == '\'' && last == '\'')
                || (first == '«' && last == '»') || (first == '“' && last == '”') || (first == '„' && last == '“');
        return quoted ? name.substring(1, name.length() - 1) : name;
    }
}
