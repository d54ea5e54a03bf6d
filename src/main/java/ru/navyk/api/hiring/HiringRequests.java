package ru.navyk.api.hiring;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.hiring.AssessmentForm;
import ru.navyk.application.hiring.HireForm;
import ru.navyk.application.hiring.VacancyForm;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.hiring.AssessmentKind;
import ru.navyk.domain.hiring.CandidateDetails;
import ru.navyk.domain.hiring.CandidateSource;
import ru.navyk.domain.hiring.CandidateStage;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Request bodies of the hiring API. A {@code version} is the one the caller read; a change based on an older one is
 * refused with 409. Dates are ISO strings ({@code 2026-03-01}).
 */
public final class HiringRequests {

    private HiringRequests() {
    }

    /** A vacancy: {@code profileId} only when opening it (its current version is pinned). */
    public record VacancyBody(Long version, Long profileId, Long teamId, Integer openings, Long hiringManagerId,
                              String note) {
        VacancyForm form() {
            return new VacancyForm(profileId, teamId, openings, hiringManagerId, note);
        }
    }

    /** The version a change is based on. */
    public record VersionBody(Long version) {
    }

    /** A candidate's data; {@code vacancyId} only when recording a new one. */
    public record CandidateBody(Long version, Long vacancyId, String lastName, String firstName, String middleName,
                                String email, String phone, EducationLevel education, String educationText,
                                CandidateSource source, Boolean consentGiven, LocalDate consentDate, String notes,
                                List<CandidateDetails.Experience> experiences) {
        CandidateDetails details() {
            return new CandidateDetails(lastName, firstName, middleName, email, phone, education, educationText,
                    source, Boolean.TRUE.equals(consentGiven), consentDate, notes, experiences);
        }
    }

    /** An interview or test with the items it checked. */
    public record RatingsBody(Long version, AssessmentKind kind, LocalDate heldOn, Long interviewerPersonId,
                              String interviewerName, String notes, List<AssessmentForm.RatingEntry> ratings) {
        AssessmentForm form() {
            return new AssessmentForm(kind, heldOn, interviewerPersonId, interviewerName, notes, ratings);
        }
    }

    /** A move in the pipeline ({@code on} defaults to today). */
    public record TransitionBody(Long version, CandidateStage stage, LocalDate on, String note) {
    }

    /** A hire; {@code username} asks for an agent's account. */
    public record HireBody(Long version, LocalDate hireDate, String personnelNumber, String username,
                           Long mentorPersonId) {
        HireForm form() {
            return new HireForm(hireDate, personnelNumber, username, mentorPersonId);
        }
    }

    static <T> T present(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }

    static long version(Long version) {
        if (version == null) {
            throw new RuleViolationException("version", "rule.required");
        }
        return version;
    }
}
