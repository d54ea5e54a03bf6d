package ru.navyk.domain.hiring;

import java.time.LocalDate;
import java.util.List;
import ru.navyk.domain.competency.EducationLevel;

/**
 * What HR records about a candidate. Personal data may be stored only with the candidate's consent to its processing
 * (Federal Law 152-ФЗ «О персональных данных», art. 9), given on {@code consentDate}.
 *
 * @param educationText the institution and speciality as the candidate states them
 * @param experiences   prior jobs, most recent first
 */
public record CandidateDetails(String lastName, String firstName, String middleName, String email, String phone,
                               EducationLevel education, String educationText, CandidateSource source,
                               boolean consentGiven, LocalDate consentDate, String notes,
                               List<Experience> experiences) {

    public CandidateDetails {
        experiences = experiences == null ? List.of() : List.copyOf(experiences);
    }

    /**
     * One prior job.
     *
     * @param customerContact whether the job was customer-contact work (a call centre, a help desk, a shop floor,
     *                        reception…): only such months count as experience the standard asks for
     */
    public record Experience(String role, String employer, Integer months, boolean customerContact) {
    }
}
