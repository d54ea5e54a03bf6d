package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.qualification.QualificationViews.EligibilityView;
import ru.navyk.application.qualification.QualificationViews.MatrixCell;
import ru.navyk.application.qualification.QualificationViews.MatrixColumn;
import ru.navyk.application.qualification.QualificationViews.MatrixPage;
import ru.navyk.application.qualification.QualificationViews.MatrixQuery;
import ru.navyk.application.qualification.QualificationViews.MatrixRow;
import ru.navyk.application.qualification.QualificationViews.TeamChoice;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileProgress;
import ru.navyk.domain.profile.ProfileProgress.FunctionProgress;
import ru.navyk.domain.qualification.HeldLevels;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.LevelDecisionRepository;
import ru.navyk.domain.qualification.QualificationPeopleRepository;
import ru.navyk.domain.qualification.QualificationPeopleRepository.Filter;

/**
 * The team matrix: people of the teams the caller manages (HR and administrators: everyone) against the labor
 * functions of their job profiles, with their held levels and their readiness for a target level. A page costs a
 * fixed number of queries whatever its size: the people (with positions, training and teams), all their evidence,
 * all their decisions, and each distinct job profile once.
 *
 * <p>"Gaps only" cannot be decided in SQL (a gap depends on the latest, possibly stale, rating of each item), so it
 * walks the filtered people in chunks of {@value #CHUNK} — still a fixed number of queries per chunk.
 */
@ApplicationScoped
@Transactional
public class TeamMatrixService {

    static final int CHUNK = 200;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    @Inject
    private QualificationPeopleRepository qualificationPeople;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private LevelDecisionRepository decisions;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private TeamRepository teams;

    @Inject
    private QualificationService qualification;

    @Inject
    private MatrixCellsCache cellsCache;

    /** The teams the caller may filter by: those in their scope (everyone's for HR and administrators). */
    public List<TeamChoice> teamChoices() {
        Viewer viewer = requireViewer();
        PersonScope scope = access.scopeOf(viewer);
        return teams.findAll().stream().filter(Team::isActive)
                .filter(team -> scope.everyone() || scope.teamIds().contains(team.getId()))
                .map(team -> new TeamChoice(team.getId(), team.getName())).toList();
    }

    public MatrixPage page(MatrixQuery query, int first, int max, Locale locale) {
        Viewer viewer = requireViewer();
        // The scope walks every team and department: computed once per page.
        PersonScope scope = access.scopeOf(viewer);
        Filter filter = filter(viewer, scope, query);
        QualificationAssessor assessor = qualification.assessor(locale);
        int size = Math.max(1, Math.min(max, 500));
        if (!query.gapsOnly()) {
            List<MatrixRow> rows = rows(viewer, scope, qualificationPeople.page(filter, Math.max(0, first), size),
                    query, assessor);
            return new MatrixPage(columns(rows, assessor), rows, qualificationPeople.count(filter));
        }
        List<Long> ids = qualificationPeople.ids(filter);
        List<MatrixRow> withGaps = new ArrayList<>();
        long total = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Person> chunk = qualificationPeople.load(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            for (MatrixRow row : rows(viewer, scope, chunk, query, assessor)) {
                if (row.hasGaps()) {
                    if (total >= first && withGaps.size() < size) {
                        withGaps.add(row);
                    }
                    total++;
                }
            }
        }
        return new MatrixPage(columns(withGaps, assessor), withGaps, total);
    }

    private Viewer requireViewer() {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.MANAGER, Role.HR, Role.ADMIN);
        return viewer;
    }

    private static Filter filter(Viewer viewer, PersonScope scope, MatrixQuery query) {
        Set<Long> teamIds = null;
        if (query.teamId() != null) {
            teamIds = scope.everyone() || scope.teamIds().contains(query.teamId()) ? Set.of(query.teamId())
                    : Set.of();
        } else if (!scope.everyone()) {
            // A manager's matrix is of the teams they manage, not of the mentee or themselves the scope also holds.
            teamIds = scope.teamIds();
        }
        return new Filter(scope, teamIds, query.position(), query.level(), viewer.personId());
    }

    private List<MatrixRow> rows(Viewer viewer, PersonScope scope, List<Person> page, MatrixQuery query,
                                 QualificationAssessor assessor) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Person::getId).toList();
        Map<Long, Optional<JobProfileVersion>> versions = new HashMap<>();
        Map<Long, Map<String, MatrixCell>> cellsByPerson = cells(page, versions, assessor);
        Map<Long, List<LevelDecision>> decisionsByPerson = decisions.findByPeople(ids).stream()
                .collect(Collectors.groupingBy(d -> d.getPerson().getId()));
        List<MatrixRow> rows = new ArrayList<>();
        for (Person person : page) {
            Optional<JobProfileVersion> profile = profileOf(person, versions);
            Map<String, MatrixCell> cells = cellsByPerson.getOrDefault(person.getId(), Map.of());
            HeldLevels held = HeldLevels.of(decisionsByPerson.getOrDefault(person.getId(), List.of()));
            List<EligibilityView> eligibility = assessor.eligibility(person, held);
            boolean gaps = cells.values().stream().anyMatch(cell -> cell.percent() != null && cell.percent() < 100);
            rows.add(new MatrixRow(person.getId(), person.getFullName(),
                    person.currentTeam().map(Team::getName).orElse(null),
                    person.currentPosition().map(PositionAssignment::getTitle).orElse(null),
                    person.currentPosition().map(PositionAssignment::getQualificationLevel).orElse(null),
                    profile.map(JobProfileVersion::getTitle).orElse(null), QualificationAssessor.heldCodes(held),
                    cells, gaps, assessor.readiness(eligibility, query.targetLevel()),
                    manages(viewer, scope, person)));
        }
        return rows;
    }

    /**
     * Each person's progress per labor function of their profile (none for a person without one): kept rows from
     * {@link MatrixCellsCache}, the rest computed from their ratings, read for all of them at once.
     */
    private Map<Long, Map<String, MatrixCell>> cells(List<Person> page,
                                                     Map<Long, Optional<JobProfileVersion>> versions,
                                                     QualificationAssessor assessor) {
        Map<Long, Map<String, MatrixCell>> cells = new HashMap<>();
        Map<Long, JobProfileVersion> toCompute = new LinkedHashMap<>();
        Map<Long, Long> stamps = new HashMap<>();
        for (Person person : page) {
            profileOf(person, versions).ifPresent(version -> {
                MatrixCellsCache.Key key = new MatrixCellsCache.Key(person.getId(), version.getId(),
                        assessor.today());
                Optional<Map<String, MatrixCell>> kept = cellsCache.find(key);
                if (kept.isPresent()) {
                    cells.put(person.getId(), kept.get());
                } else {
                    toCompute.put(person.getId(), version);
                    stamps.put(person.getId(), cellsCache.stampBeforeReading(person.getId()));
                }
            });
        }
        if (toCompute.isEmpty()) {
            return cells;
        }
        Map<Long, List<Evidence>> evidenceByPerson = evidence.findByPeople(List.copyOf(toCompute.keySet()))
                .stream().collect(Collectors.groupingBy(Evidence::getPersonId));
        toCompute.forEach((personId, version) -> {
            ProfileProgress progress = ProfileProgress.of(version, ProficiencyRule.standings(
                    evidenceByPerson.getOrDefault(personId, List.of()), assessor.today()));
            Map<String, MatrixCell> computed = new LinkedHashMap<>();
            for (FunctionProgress function : progress.functions()) {
                computed.put(function.laborFunctionCode(), new MatrixCell(function.laborFunctionCode(),
                        function.percent(), function.itemsMet(), function.itemsRequired()));
            }
            cellsCache.keep(new MatrixCellsCache.Key(personId, version.getId(), assessor.today()),
                    stamps.get(personId), computed);
            cells.put(personId, computed);
        });
        return cells;
    }

    /**
     * {@link AccessPolicy#manages} without a query per row: a manager's scope holds exactly the teams they manage.
     */
    private static boolean manages(Viewer viewer, PersonScope scope, Person person) {
        return viewer.has(Role.MANAGER) && !viewer.isSelf(person.getId()) && person.currentTeam()
                .map(team -> scope.teamIds().contains(team.getId())).orElse(false);
    }

    /** Each distinct profile's current version is read once per page, with its requirements. */
    private Optional<JobProfileVersion> profileOf(Person person, Map<Long, Optional<JobProfileVersion>> versions) {
        Optional<JobProfile> profile = person.currentPosition().map(PositionAssignment::getJobProfile);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        return versions.computeIfAbsent(profile.get().getId(), id -> profile.get().current()
                .flatMap(current -> profiles.readVersion(current.getId())));
    }

    /** The union of the rows' labor functions, in the standard's order. */
    private static List<MatrixColumn> columns(Collection<MatrixRow> rows, QualificationAssessor assessor) {
        Set<String> codes = rows.stream().flatMap(row -> row.cells().keySet().stream())
                .collect(Collectors.toSet());
        Map<String, String> names = new TreeMap<>();
        for (LaborFunctionView lf : assessor.model().laborFunctions()) {
            if (codes.contains(lf.code())) {
                names.put(lf.code(), lf.name());
            }
        }
        return names.entrySet().stream().map(e -> new MatrixColumn(e.getKey(), e.getValue())).toList();
    }
}
