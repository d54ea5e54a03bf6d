package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.qualification.QualificationViews.EligibilityView;
import ru.navyk.application.qualification.QualificationViews.FunctionCount;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;
import ru.navyk.application.qualification.QualificationViews.OverdueRow;
import ru.navyk.application.qualification.QualificationViews.PipelineRow;
import ru.navyk.application.qualification.QualificationViews.UpskillingView;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.qualification.HeldLevels;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.LevelDecisionRepository;
import ru.navyk.domain.qualification.QualificationPeopleRepository;
import ru.navyk.domain.qualification.QualificationPeopleRepository.Filter;
import ru.navyk.domain.shared.AccessDeniedException;

/**
 * The organisation view for HR, administrators and heads of departments (a manager who heads a department sees the
 * people of the teams in it): who holds which level of which function, who is eligible for the next level up without
 * holding it (the readiness pipeline), and whose upskilling is overdue. Everyone in scope is read in a fixed number
 * of queries per {@value #CHUNK} people (people with positions, training and teams; their decisions), never one per
 * person, and the result is reused while nothing it counts changed ({@link OrganisationOverviewCache}).
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    static final int CHUNK = 500;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    @Inject
    private TeamRepository teams;

    @Inject
    private QualificationPeopleRepository qualificationPeople;

    @Inject
    private LevelDecisionRepository decisions;

    @Inject
    private QualificationService qualification;

    @Inject
    private OrganisationOverviewCache cache;

    /** Whether the caller may open the organisation view (the web layer hides the link otherwise). */
    public boolean mayView() {
        return currentUser.optionalViewer().map(this::allowed).orElse(false);
    }

    public OrganisationOverview overview(Locale locale) {
        Viewer viewer = currentUser.viewer();
        if (!allowed(viewer)) {
            throw new AccessDeniedException(viewer.username() + " may not see the organisation view");
        }
        PersonScope scope = access.scopeOf(viewer);
        QualificationAssessor assessor = qualification.assessor(locale);
        OrganisationOverviewCache.Key key = new OrganisationOverviewCache.Key(scope.everyone(), scope.teamIds(),
                locale.getLanguage(), assessor.today(), assessor.model().versionId());
        return cache.get(key, () -> compute(scope, assessor));
    }

    private OrganisationOverview compute(PersonScope scope, QualificationAssessor assessor) {
        List<Long> ids = qualificationPeople.ids(new Filter(scope, scope.everyone() ? null : scope.teamIds(), null,
                null, null));
        Map<String, long[]> counts = new HashMap<>();
        Map<Integer, Long> byLevel = new TreeMap<>();
        List<PipelineRow> pipeline = new ArrayList<>();
        List<OverdueRow> overdue = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<Person> people = qualificationPeople.load(chunk);
            Map<Long, List<LevelDecision>> taken = decisions.findByPeople(chunk).stream()
                    .collect(Collectors.groupingBy(d -> d.getPerson().getId()));
            for (Person person : people) {
                HeldLevels held = HeldLevels.of(taken.getOrDefault(person.getId(), List.of()));
                List<EligibilityView> eligibility = assessor.eligibility(person, held);
                for (EligibilityView e : eligibility) {
                    long[] count = counts.computeIfAbsent(e.functionCode(), code -> new long[2]);
                    count[0] += e.held() ? 1 : 0;
                    count[1] += e.ready() ? 1 : 0;
                }
                held.highestLevel().ifPresent(level -> byLevel.merge(level, 1L, Long::sum));
                Integer next = assessor.nextLevel(held);
                if (next != null) {
                    List<String> ready = eligibility.stream().filter(e -> e.level() == next && e.ready())
                            .map(EligibilityView::functionCode).toList();
                    if (!ready.isEmpty()) {
                        pipeline.add(new PipelineRow(person.getId(), person.getFullName(), team(person),
                                position(person), held.highestLevel().orElse(null), next, ready));
                    }
                }
                UpskillingView upskilling = assessor.upskilling(person);
                if (upskilling.daysOverdue() > 0) {
                    overdue.add(new OverdueRow(person.getId(), person.getFullName(), team(person), position(person),
                            upskilling.lastUpskilledOn(), upskilling.dueOn(), upskilling.daysOverdue()));
                }
            }
        }
        List<FunctionCount> functions = new ArrayList<>();
        for (GeneralizedFunctionView gf : assessor.model().generalizedFunctions()) {
            long[] count = counts.getOrDefault(gf.code(), new long[2]);
            functions.add(new FunctionCount(gf.code(), gf.level(), gf.name(), count[0], count[1]));
        }
        overdue.sort(Comparator.comparingLong(OverdueRow::daysOverdue).reversed());
        return new OrganisationOverview(assessor.today(), ids.size(), functions, byLevel, pipeline, overdue);
    }

    private boolean allowed(Viewer viewer) {
        if (viewer.hasAny(Role.HR, Role.ADMIN)) {
            return true;
        }
        return viewer.has(Role.MANAGER) && viewer.personId() != null && teams.structure().departments().stream()
                .anyMatch(d -> viewer.personId().equals(d.headId()));
    }

    private static String team(Person person) {
        return person.currentTeam().map(Team::getName).orElse(null);
    }

    private static String position(Person person) {
        return person.currentPosition().map(PositionAssignment::getTitle).orElse(null);
    }
}
