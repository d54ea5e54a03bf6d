package ru.navyk.application.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.hiring.HiringViews.VacancyView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.hiring.Vacancy;
import ru.navyk.domain.hiring.VacancyQuery;
import ru.navyk.domain.hiring.VacancyRepository;
import ru.navyk.domain.hiring.VacancyStatus;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Vacancies: HR opens one from a job profile's current version for a team (the version is pinned, so every candidate
 * is measured against the same requirements), changes its team, openings, hiring manager and note, closes and
 * reopens it. Managers read the vacancies of their teams. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class VacancyService {

    @Inject
    private VacancyRepository vacancies;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private TeamRepository teams;

    @Inject
    private PersonRepository people;

    @Inject
    private HiringAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** The vacancies the caller may see, newest first, a page at a time. */
    public Page<VacancyView> search(String text, VacancyStatus status, int first, int max) {
        Viewer viewer = currentUser.viewer();
        VacancyQuery query = access.query(viewer, status, text);
        if (query.seesNothing()) {
            return new Page<>(List.of(), 0);
        }
        List<Vacancy> found = vacancies.search(query, first, Math.min(max, 500));
        Map<Long, Map<ru.navyk.domain.hiring.CandidateStage, Long>> counts = vacancies.stageCounts(
                found.stream().map(Vacancy::getId).toList());
        return new Page<>(found.stream().map(v -> VacancyView.of(v, counts.getOrDefault(v.getId(), Map.of())))
                .toList(), vacancies.count(query));
    }

    public VacancyView get(long id) {
        Vacancy vacancy = access.readableVacancy(currentUser.viewer(), id);
        return view(vacancy);
    }

    /** Opens a vacancy pinned to the current published version of the profile. */
    public long open(VacancyForm form) {
        Viewer viewer = currentUser.viewer();
        access.requireHr(viewer);
        if (form.profileId() == null) {
            throw new RuleViolationException("profileId", "rule.required");
        }
        JobProfile profile = profiles.find(form.profileId()).filter(JobProfile::isActive)
                .orElseThrow(() -> new RuleViolationException("profileId", "rule.vacancy.profileNotPublished"));
        JobProfileVersion current = profile.current()
                .orElseThrow(() -> new RuleViolationException("profileId", "rule.vacancy.profileNotPublished"));
        checkNote(form.note());
        Vacancy vacancy = new Vacancy(current, team(form.teamId()), openings(form.openings()),
                manager(form.hiringManagerId()), form.note(), LocalDate.now(clock), viewer.username());
        vacancies.add(vacancy);
        audit.record(viewer.username(), "CREATE", HiringAccess.VACANCY, vacancy.getId(), vacancy.label(),
                new Changes().created("profile", profile.getCode() + " v" + current.getNumber())
                        .created("team", vacancy.getTeam().getName())
                        .created("openings", vacancy.getOpenings())
                        .created("hiringManager", name(vacancy.getHiringManager())));
        return vacancy.getId();
    }

    public void update(long id, long version, VacancyForm form) {
        Viewer viewer = currentUser.viewer();
        Vacancy vacancy = access.changeableVacancy(viewer, id);
        requireVersion(vacancy, version);
        checkNote(form.note());
        Team team = team(form.teamId());
        Person manager = manager(form.hiringManagerId());
        Changes changes = new Changes()
                .compare("team", vacancy.getTeam().getName(), team.getName())
                .compare("openings", vacancy.getOpenings(), form.openings())
                .compare("hiringManager", name(vacancy.getHiringManager()), name(manager))
                .compare("note", vacancy.getNote(), form.note() == null || form.note().isBlank() ? null
                        : form.note().strip());
        vacancy.describe(team, openings(form.openings()), manager, form.note());
        if (!changes.isEmpty()) {
            audit.record(viewer.username(), "UPDATE", HiringAccess.VACANCY, id, vacancy.label(), changes);
        }
    }

    /** Closes the vacancy (no new candidates, no hires); its candidates stay for the record. */
    public void close(long id, long version) {
        setOpen(id, version, false);
    }

    public void reopen(long id, long version) {
        setOpen(id, version, true);
    }

    private void setOpen(long id, long version, boolean open) {
        Viewer viewer = currentUser.viewer();
        Vacancy vacancy = access.changeableVacancy(viewer, id);
        requireVersion(vacancy, version);
        VacancyStatus before = vacancy.getStatus();
        if (open) {
            vacancy.reopen();
        } else {
            vacancy.close(LocalDate.now(clock));
        }
        audit.record(viewer.username(), open ? "REACTIVATE" : "DEACTIVATE", HiringAccess.VACANCY, id,
                vacancy.label(), new Changes().compare("status", before, vacancy.getStatus()));
    }

    VacancyView view(Vacancy vacancy) {
        return VacancyView.of(vacancy, vacancies.stageCounts(List.of(vacancy.getId()))
                .getOrDefault(vacancy.getId(), Map.of()));
    }

    private Team team(Long teamId) {
        if (teamId == null) {
            throw new RuleViolationException("teamId", "rule.required");
        }
        return teams.find(teamId).filter(Team::isActive)
                .orElseThrow(() -> new RuleViolationException("teamId", "rule.team.unknown"));
    }

    private Person manager(Long personId) {
        if (personId == null) {
            return null;
        }
        return people.find(personId).filter(Person::isActive)
                .orElseThrow(() -> new RuleViolationException("hiringManagerId", "rule.vacancy.unknownPerson"));
    }

    private static int openings(Integer openings) {
        if (openings == null) {
            throw new RuleViolationException("openings", "rule.required");
        }
        return openings;
    }

    private static void checkNote(String note) {
        if (note != null && note.strip().length() > Lengths.NOTE) {
            throw new RuleViolationException("note", "rule.tooLong", Lengths.NOTE);
        }
    }

    private static void requireVersion(Vacancy vacancy, long version) {
        if (vacancy.getVersion() != version) {
            throw new ConcurrentEditException(HiringAccess.VACANCY);
        }
    }

    private static String name(Person person) {
        return person == null ? null : person.getFullName();
    }
}
