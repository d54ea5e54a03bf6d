package ru.navyk.application.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.onboarding.OnboardingViews.PlanView;
import ru.navyk.application.onboarding.OnboardingViews.TemplateView;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.MentorshipForm;
import ru.navyk.application.people.MentorshipService;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.onboarding.AdaptationPlan;
import ru.navyk.domain.onboarding.AdaptationRepository;
import ru.navyk.domain.onboarding.AdaptationTemplate;
import ru.navyk.domain.onboarding.PlanStep;
import ru.navyk.domain.onboarding.ResponsibleRole;
import ru.navyk.domain.onboarding.StepDefinition;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Onboarding of new hires (D/03.5: «формировать планы адаптации для новых сотрудников»):
 * <ul>
 *   <li>{@link #startFor} gives a new hire an adaptation plan from the current template of their job profile, a
 *       probation (default {@code navyk.probation.months} = 3 months) against the profile's current version, and,
 *       when named, a mentor for the probation. HR, administrators and the hire's managers may start it; the hiring
 *       flow calls it when a candidate is hired;</li>
 *   <li>steps are ticked by the responsible role only (the trainee, their mentor, their supervisor, HR), once, with
 *       who and when;</li>
 *   <li>templates: HR edits them; a version some plan follows is never changed — saving it creates the next version,
 *       so running plans keep theirs.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class OnboardingService {

    static final String PLAN = "AdaptationPlan";
    static final String TEMPLATE = "AdaptationTemplate";

    @Inject
    private AdaptationRepository adaptation;

    @Inject
    private ProbationRepository probations;

    @Inject
    private PersonRepository people;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private MentorshipService mentorships;

    @Inject
    private TraineeRelations relations;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "navyk.probation.months", defaultValue = "3")
    private int probationMonths;

    /** What starting onboarding created. */
    public record Started(long planId, long probationId, Long mentorshipId) {
    }

    /**
     * Starts onboarding for a new hire on {@code startDate} (the hire date when {@code null}): plan, probation and, if
     * {@code mentorPersonId} is given, a mentorship until the probation's planned end.
     */
    public Started startFor(long personId, LocalDate startDate, Long mentorPersonId) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR, Role.MANAGER);
        Person person = access.visiblePerson(viewer, personId);
        if (!viewer.hasAny(Role.ADMIN, Role.HR) && !access.manages(viewer, person)) {
            throw new AccessDeniedException(viewer.username() + " does not manage " + personId);
        }
        if (!person.isActive()) {
            throw new RuleViolationException(null, "rule.person.unknown");
        }
        LocalDate start = startDate == null ? person.getHireDate() : startDate;
        if (start == null) {
            throw new RuleViolationException("startDate", "rule.required");
        }
        if (probations.findLatestOf(personId).filter(Probation::isRunning).isPresent()) {
            throw new RuleViolationException(null, "rule.onboarding.alreadyStarted");
        }
        JobProfile profile = profileOf(viewer, person);
        JobProfileVersion version = profile.current()
                .orElseThrow(() -> new RuleViolationException(null, "rule.onboarding.noProfile"));
        AdaptationTemplate template = adaptation.findCurrentTemplateFor(profile.getId())
                .orElseThrow(() -> new RuleViolationException(null, "rule.onboarding.noTemplate"));
        AdaptationPlan plan = new AdaptationPlan(person, template, start, clock.instant(), viewer.username());
        adaptation.add(plan);
        Probation probation = new Probation(person, version, start, start.plusMonths(probationMonths),
                clock.instant());
        probations.add(probation);
        audit.record(viewer.username(), "CREATE", PLAN, plan.getId(), person.getFullName(), new Changes()
                .created("template", template.getTitle() + " v" + template.getNumber())
                .created("startedOn", start));
        audit.record(viewer.username(), "CREATE", "Probation", probation.getId(), person.getFullName(),
                new Changes().created("startedOn", start).created("plannedEnd", probation.getPlannedEnd())
                        .created("profile", version.getTitle() + " v" + version.getNumber()));
        Long mentorshipId = null;
        if (mentorPersonId != null) {
            mentorshipId = mentorships.create(new MentorshipForm(mentorPersonId, personId, start,
                    probation.getPlannedEnd()));
        }
        return new Started(plan.getId(), probation.getId(), mentorshipId);
    }

    /**
     * The profile of the person's current position; a position recorded by title only is linked to the active profile
     * whose current title is the same (audited), as the employee import does.
     */
    private JobProfile profileOf(Viewer viewer, Person person) {
        PositionAssignment position = person.currentPosition()
                .orElseThrow(() -> new RuleViolationException(null, "rule.onboarding.noProfile"));
        if (position.getJobProfile() != null) {
            return position.getJobProfile();
        }
        JobProfile profile = profiles.findActiveByCurrentTitle(position.getTitle())
                .orElseThrow(() -> new RuleViolationException(null, "rule.onboarding.noProfile"));
        person.describeCurrentPositionBy(profile);
        audit.record(viewer.username(), "UPDATE", "Person", person.getId(), person.getFullName(),
                new Changes().compare("jobProfile", null, profile.getCode()));
        return profile;
    }

    /** The person's latest plan, for whoever may see the person. */
    public PlanView planOf(long personId) {
        Viewer viewer = currentUser.viewer();
        Person person = access.visiblePerson(viewer, personId);
        AdaptationPlan plan = adaptation.findLatestPlanOf(personId).orElseThrow(() -> new NotFoundException(PLAN));
        return PlanView.of(plan, LocalDate.now(clock), relations.rolesOf(viewer, person));
    }

    /** Whether the person has a plan the caller may see. */
    public Optional<PlanView> findPlanOf(long personId) {
        try {
            return Optional.of(planOf(personId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Ticks a step off: only someone in its responsible role towards the trainee; once. */
    public PlanView tick(long stepId) {
        Viewer viewer = currentUser.viewer();
        PlanStep step = adaptation.findStep(stepId).orElseThrow(() -> new NotFoundException(PLAN));
        Person trainee = step.getPlan().getPerson();
        if (!access.canSee(viewer, trainee)) {
            throw new NotFoundException(PLAN);
        }
        Set<ResponsibleRole> roles = relations.rolesOf(viewer, trainee);
        if (!roles.contains(step.getResponsible())) {
            throw new RuleViolationException(null, "rule.onboarding.notResponsible");
        }
        Person by = viewer.personId() == null ? null : people.find(viewer.personId()).orElse(null);
        step.markDone(by, by == null ? viewer.username() : by.getFullName(), clock.instant());
        audit.record(viewer.username(), "UPDATE", PLAN, step.getPlan().getId(), trainee.getFullName(),
                new Changes().compare("step." + step.getPosition(), null, "done"));
        return PlanView.of(step.getPlan(), LocalDate.now(clock), roles);
    }

    /** Current template versions, for HR, administrators and managers. */
    public List<TemplateView> templates() {
        access.requireAny(currentUser.viewer(), Role.ADMIN, Role.HR, Role.MANAGER);
        return adaptation.findCurrentTemplates().stream().map(TemplateView::of).toList();
    }

    public TemplateView template(long id) {
        access.requireAny(currentUser.viewer(), Role.ADMIN, Role.HR, Role.MANAGER);
        return adaptation.findTemplate(id).map(TemplateView::of).orElseThrow(() -> new NotFoundException(TEMPLATE));
    }

    /**
     * Saves HR's edit of a template version read at {@code version}. Item codes must be items of the profile's current
     * version. If a plan follows the edited version, a new version is created instead and its id returned.
     */
    public long saveTemplate(long id, long version, String title, List<StepDefinition> steps) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        AdaptationTemplate template = adaptation.findTemplate(id).orElseThrow(() -> new NotFoundException(TEMPLATE));
        if (template.getVersion() != version) {
            throw new ConcurrentEditException(TEMPLATE);
        }
        AdaptationTemplate latest = adaptation.findCurrentTemplate(template.getCode()).orElseThrow();
        if (!latest.getId().equals(template.getId())) {
            throw new ConcurrentEditException(TEMPLATE);
        }
        checkItems(template.getJobProfile(), steps);
        Changes changes = new Changes().compare("title", template.getTitle(), title == null ? null : title.strip())
                .compare("steps", describe(template.definitions()), describe(steps));
        if (adaptation.isFollowed(template.getId())) {
            AdaptationTemplate next = template.nextVersion(title, steps, clock.instant(), viewer.username());
            adaptation.add(next);
            audit.record(viewer.username(), "CREATE", TEMPLATE, next.getId(), next.getTitle(),
                    changes.compare("number", template.getNumber(), next.getNumber()));
            return next.getId();
        }
        template.describe(title, steps);
        audit.record(viewer.username(), "UPDATE", TEMPLATE, template.getId(), template.getTitle(), changes);
        return template.getId();
    }

    private void checkItems(JobProfile profile, List<StepDefinition> steps) {
        Set<String> known = profile.current().map(v -> v.getRequirements().stream()
                .map(r -> r.getItem().getCode()).collect(Collectors.toSet())).orElse(Set.of());
        for (StepDefinition step : steps) {
            for (String code : step.itemCodes()) {
                if (!known.contains(code)) {
                    throw new RuleViolationException("items", "rule.onboarding.unknownItem", code);
                }
            }
        }
    }

    private static String describe(List<StepDefinition> steps) {
        List<String> lines = new ArrayList<>();
        for (StepDefinition s : steps) {
            lines.add(s.dueDay() + " " + s.kind() + " " + s.responsible() + " " + s.title());
        }
        return String.join("; ", lines);
    }

    /**
     * Installs each shipped template whose code is not in the database yet, as version 1 of its job profile; a
     * template whose profile is missing is skipped.
     *
     * @return the codes installed
     */
    public List<String> installShipped(List<ShippedTemplate> shipped) {
        List<String> installed = new ArrayList<>();
        for (ShippedTemplate definition : shipped) {
            if (adaptation.findCurrentTemplate(definition.code()).isPresent()) {
                continue;
            }
            Optional<JobProfile> profile = profiles.findByCode(definition.jobProfileCode());
            if (profile.isEmpty()) {
                continue;
            }
            AdaptationTemplate template = new AdaptationTemplate(definition.code(), 1, profile.get(),
                    definition.title(), definition.steps(), clock.instant(), AuditService.SYSTEM);
            adaptation.add(template);
            audit.record(AuditService.SYSTEM, "CREATE", TEMPLATE, template.getId(), template.getTitle(),
                    new Changes().created("code", definition.code()).created("number", 1));
            installed.add(definition.code());
        }
        return installed;
    }
}
