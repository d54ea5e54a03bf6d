package ru.navyk.application.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateRepository;
import ru.navyk.domain.hiring.Vacancy;
import ru.navyk.domain.hiring.VacancyQuery;
import ru.navyk.domain.hiring.VacancyRepository;
import ru.navyk.domain.hiring.VacancyStatus;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.NotFoundException;

/**
 * Who may see and change what in hiring, on top of {@link AccessPolicy}:
 * <ul>
 *   <li>HR and administrators: every vacancy and candidate, and every change;</li>
 *   <li>a manager: reads the vacancies of the teams they manage (with the teams below and the teams of departments
 *       they head) and the vacancies they are the hiring manager of, with their candidates; changes nothing;</li>
 *   <li>everybody else: nothing — hiring records answer "not found", exactly like missing ones.</li>
 * </ul>
 */
@ApplicationScoped
public class HiringAccess {

    static final String VACANCY = "Vacancy";
    static final String CANDIDATE = "Candidate";

    @Inject
    private AccessPolicy access;

    @Inject
    private VacancyRepository vacancies;

    @Inject
    private CandidateRepository candidates;

    /** The vacancies a list may show this viewer. */
    VacancyQuery query(Viewer viewer, VacancyStatus status, String text) {
        if (viewer.hasAny(Role.ADMIN, Role.HR)) {
            return new VacancyQuery(true, java.util.Set.of(), null, status, text);
        }
        if (!viewer.has(Role.MANAGER)) {
            throw new NotFoundException(VACANCY);
        }
        PersonScope scope = access.scopeOf(viewer);
        return new VacancyQuery(false, scope.teamIds(), viewer.personId(), status, text);
    }

    Vacancy readableVacancy(Viewer viewer, long id) {
        Vacancy vacancy = vacancies.find(id).orElseThrow(() -> new NotFoundException(VACANCY));
        if (!mayRead(viewer, vacancy)) {
            throw new NotFoundException(VACANCY);
        }
        return vacancy;
    }

    Candidate readableCandidate(Viewer viewer, long id) {
        Candidate candidate = candidates.find(id).orElseThrow(() -> new NotFoundException(CANDIDATE));
        if (!mayRead(viewer, candidate.getVacancy())) {
            throw new NotFoundException(CANDIDATE);
        }
        return candidate;
    }

    /** A vacancy an HR officer or administrator may change; others see it as missing or lack the role (403). */
    Vacancy changeableVacancy(Viewer viewer, long id) {
        Vacancy vacancy = readableVacancy(viewer, id);
        requireHr(viewer);
        return vacancy;
    }

    Candidate changeableCandidate(Viewer viewer, long id) {
        Candidate candidate = readableCandidate(viewer, id);
        requireHr(viewer);
        return candidate;
    }

    void requireHr(Viewer viewer) {
        if (!viewer.hasAny(Role.ADMIN, Role.HR, Role.MANAGER)) {
            throw new NotFoundException(VACANCY);
        }
        access.requireAny(viewer, Role.ADMIN, Role.HR);
    }

    boolean mayRead(Viewer viewer, Vacancy vacancy) {
        if (viewer.hasAny(Role.ADMIN, Role.HR)) {
            return true;
        }
        if (!viewer.has(Role.MANAGER)) {
            return false;
        }
        boolean hiringManager = vacancy.getHiringManager() != null && viewer.personId() != null
                && vacancy.getHiringManager().getId().equals(viewer.personId());
        return hiringManager || access.scopeOf(viewer).teamIds().contains(vacancy.getTeam().getId());
    }
}
