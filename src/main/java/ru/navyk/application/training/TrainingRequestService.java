package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.training.TrainingViews.ItemRef;
import ru.navyk.application.training.TrainingViews.PersonRef;
import ru.navyk.application.training.TrainingViews.TrainingRequestView;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.CourseRepository;
import ru.navyk.domain.training.EventRepository;
import ru.navyk.domain.training.TrainingPeopleRepository;
import ru.navyk.domain.training.TrainingRequest;
import ru.navyk.domain.training.TrainingRequestRepository;

/**
 * Training requests (D/03.5/LA10): when a change — a knowledge-base revision, a new product or service — touches
 * competency items, a request lists everyone whose current job profile requires any of them, and shows the courses
 * and events that cover them. Supervisors raise them from the «new product / change» form; the knowledge base calls
 * {@link #requestTrainingFor} when a revision is published. Managers see the requests that concern their people
 * (only those people); HR and administrators see all.
 */
@ApplicationScoped
@Transactional
public class TrainingRequestService {

    static final String AUDIT_ENTITY = "TrainingRequest";
    private static final int SHOWN = 50;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TrainingAccess access;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private TrainingPeopleRepository trainingPeople;

    @Inject
    private TrainingRequestRepository requests;

    @Inject
    private CourseRepository courses;

    @Inject
    private EventRepository events;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Creates a request for the people whose current job profile (its current version) requires any of the items.
     * Items are matched by code, whatever model edition the profile was built on. With a caller, the caller must be
     * a manager, HR or administrator; without one (a background job), the request is the portal's own.
     *
     * @param source what raised it, e.g. {@code NEW_PRODUCT}, {@code CHANGE}, {@code KNOWLEDGE_BASE:42}
     * @return the request's id
     */
    public long requestTrainingFor(Set<Long> itemIds, String reason, String source) {
        Optional<Viewer> viewer = currentUser.optionalViewer();
        viewer.ifPresent(v -> access.requireAny(v, TrainingAccess.ORGANISERS));
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "rule.required");
        }
        if (reason.strip().length() > Lengths.NOTE) {
            throw new RuleViolationException("reason", "rule.training.tooLong", Lengths.NOTE);
        }
        List<CompetencyItem> items = itemIds == null ? List.of() : models.findItems(itemIds);
        if (items.isEmpty()) {
            throw new RuleViolationException("items", "rule.training.noItems");
        }
        Set<String> codes = items.stream().map(CompetencyItem::getCode).collect(Collectors.toSet());
        Set<Long> requiringProfiles = new HashSet<>();
        for (JobProfile profile : profiles.findAll()) {
            profile.current().filter(v -> v.getRequirements().stream()
                            .anyMatch(r -> codes.contains(r.getItem().getCode())))
                    .ifPresent(v -> requiringProfiles.add(profile.getId()));
        }
        List<Person> people = trainingPeople.currentHoldersOfAny(requiringProfiles);
        String actor = viewer.map(Viewer::username).orElse(AuditService.SYSTEM);
        TrainingRequest request = new TrainingRequest(reason, source == null || source.isBlank() ? "CHANGE" : source,
                items, people, actor, clock.instant());
        requests.add(request);
        audit.record(actor, "CREATE", AUDIT_ENTITY, request.getId(), request.getReason(), new Changes()
                .created("items", String.join(", ", codes.stream().sorted().toList()))
                .created("people", people.size()).created("source", request.getSource()));
        return request.getId();
    }

    /** Recent requests the caller may see, with the people they may see and what covers the items today. */
    public List<TrainingRequestView> list() {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, TrainingAccess.ORGANISERS);
        PersonScope scope = access.scope(viewer);
        Coverage coverage = new Coverage(courses.findAll(), events.search(Coverage.upcomingFrom(clock), 0, 500));
        return requests.findRecent(SHOWN).stream().map(r -> view(r, scope, coverage, viewer))
                .filter(v -> scope.everyone() || !v.people().isEmpty() || v.createdBy().equals(viewer.username()))
                .toList();
    }

    private static TrainingRequestView view(TrainingRequest request, PersonScope scope, Coverage coverage,
                                            Viewer viewer) {
        List<PersonRef> people = request.getPeople().stream().filter(p -> TrainingAccess.sees(scope, p))
                .map(p -> new PersonRef(p.getId(), p.getFullName(), TrainingAccess.teamName(p))).toList();
        List<String> codes = request.getItems().stream().map(CompetencyItem::getCode).toList();
        return new TrainingRequestView(request.getId(), request.getCreatedAt(), request.getCreatedBy(),
                request.getReason(), request.getSource(), request.getItems().stream().map(ItemRef::of).toList(),
                people, scope.everyone() ? request.getPeople().size() : people.size(),
                codes.stream().flatMap(c -> coverage.courseRefs(c).stream()).distinct().toList(),
                codes.stream().flatMap(c -> coverage.eventRefs(c).stream()).distinct().toList());
    }
}
