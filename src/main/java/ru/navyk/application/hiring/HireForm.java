package ru.navyk.application.hiring;

import java.time.LocalDate;

/**
 * A hire as HR confirms it.
 *
 * @param hireDate        the first working day (today if not given; not in the future, as for every employee)
 * @param personnelNumber optional, unique like every employee's
 * @param username        when given, the new employee gets an agent's account of this name and a first password
 *                        shown once
 * @param mentorPersonId  the mentor HR has in mind for onboarding, passed on in {@link ru.navyk.domain.hiring
 *                        .PersonHired}; optional
 */
public record HireForm(LocalDate hireDate, String personnelNumber, String username, Long mentorPersonId) {
}
