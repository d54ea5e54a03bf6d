package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.ItemView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.qualification.QualificationViews.DecisionView;
import ru.navyk.application.qualification.QualificationViews.PersonQualification;
import ru.navyk.application.qualification.QualificationViews.RadarAxis;
import ru.navyk.application.qualification.QualificationViews.RadarView;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;
import ru.navyk.domain.qualification.HeldLevels;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.LevelDecisionRepository;

/**
 * One person's qualification, for whoever may see them ({@link AccessPolicy#visiblePerson}): the levels they hold
 * (from decisions only), where they stand against each generalized function's requirements, their upskilling clock,
 * the decisions taken about them and their proficiency per labor function for the radar charts.
 */
@ApplicationScoped
@Transactional
public class QualificationService {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    @Inject
    private LevelDecisionRepository decisions;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private CompetencyModelService models;

    @Inject
    private Clock clock;

    public PersonQualification person(long personId, Locale locale) {
        Viewer viewer = currentUser.viewer();
        Person person = access.visiblePerson(viewer, personId);
        QualificationAssessor assessor = assessor(locale);
        List<LevelDecision> taken = decisions.findByPerson(personId);
        HeldLevels held = HeldLevels.of(taken);
        Map<Long, ItemStanding> standings = ProficiencyRule.standings(evidence.findByPerson(personId),
                assessor.today());
        Optional<JobProfileVersion> profile = currentProfile(person);
        return new PersonQualification(person.getId(), person.getFullName(),
                person.currentTeam().map(Team::getName).orElse(null),
                person.currentPosition().map(PositionAssignment::getTitle).orElse(null),
                person.currentPosition().map(PositionAssignment::getQualificationLevel).orElse(null),
                profile.map(JobProfileVersion::getTitle).orElse(null), access.manages(viewer, person),
                assessor.held(held), assessor.eligibility(person, held), assessor.upskilling(person),
                taken.stream().map(DecisionView::of).toList(), radar(assessor.model(), standings, profile));
    }

    public List<DecisionView> decisionsOf(long personId) {
        access.visiblePerson(currentUser.viewer(), personId);
        return decisions.findByPerson(personId).stream().map(DecisionView::of).toList();
    }

    QualificationAssessor assessor(Locale locale) {
        return assessor(models.current().orElseThrow(() -> new IllegalStateException("no competency model")),
                locale);
    }

    QualificationAssessor assessor(ModelSnapshot model, Locale locale) {
        return new QualificationAssessor(model, QualificationTexts.of(locale), LocalDate.now(clock));
    }

    static Optional<JobProfileVersion> currentProfile(Person person) {
        return person.currentPosition().map(PositionAssignment::getJobProfile).flatMap(JobProfile::current);
    }

    /**
     * Per generalized function, per labor function: the average current proficiency of its items (unrated items
     * count 0) and, where the person's profile covers it, the average required proficiency.
     */
    static List<RadarView> radar(ModelSnapshot model, Map<Long, ItemStanding> standings,
                                 Optional<JobProfileVersion> profile) {
        Map<Long, Integer> required = new HashMap<>();
        profile.ifPresent(p -> p.getRequirements().forEach(
                (ProfileRequirement r) -> required.put(r.getItem().getId(), r.getRequired().points())));
        List<RadarView> charts = new ArrayList<>();
        for (GeneralizedFunctionView gf : model.generalizedFunctions()) {
            List<RadarAxis> axes = new ArrayList<>();
            for (LaborFunctionView lf : gf.laborFunctions()) {
                List<ItemView> items = lf.items();
                double current = items.stream().mapToInt(item -> {
                    ItemStanding standing = standings.get(item.id());
                    return standing == null ? 0 : standing.current().points();
                }).average().orElse(0);
                List<Integer> requiredPoints = items.stream().map(item -> required.get(item.id()))
                        .filter(points -> points != null).toList();
                Double requiredAverage = requiredPoints.isEmpty() ? null
                        : round(requiredPoints.stream().mapToInt(Integer::intValue).average().orElse(0));
                axes.add(new RadarAxis(lf.code(), lf.name(), round(current), requiredAverage));
            }
            charts.add(new RadarView(gf.code(), gf.level(), gf.name(), axes));
        }
        return charts;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
