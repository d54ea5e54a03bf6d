package ru.navyk.application.people;

import java.time.LocalDate;
import ru.navyk.domain.competency.EducationLevel;

/**
 * The editable data of a person. Position, level and team are used when a person is created; later changes of
 * position or team go through their own operations, so history is kept.
 */
public record PersonForm(String personnelNumber, String lastName, String firstName, String middleName, String email,
                         String phone, LocalDate hireDate, EducationLevel education, String positionTitle,
                         Integer qualificationLevel, Long teamId) {
}
