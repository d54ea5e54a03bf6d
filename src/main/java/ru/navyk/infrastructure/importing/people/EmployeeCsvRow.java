package ru.navyk.infrastructure.importing.people;

import java.io.Serializable;
import java.time.LocalDate;
import ru.navyk.domain.competency.EducationLevel;

/**
 * A data row that passed every check. Values are trimmed; optional fields are null when their cell is empty or their
 * column is absent.
 *
 * @param rowNumber the 1-based line of the file where the row starts
 * @param email     lower-cased, since mailboxes are matched without regard to case
 * @param phone     as written, trimmed; the number is kept in the employee's own notation
 */
public record EmployeeCsvRow(int rowNumber, String personnelNumber, String lastName, String firstName,
        String middleName, String email, String phone, LocalDate hireDate, String position, Integer qualificationLevel,
        String team, EducationLevel education) implements Serializable {
}
