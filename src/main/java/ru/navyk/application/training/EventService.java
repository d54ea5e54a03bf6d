package ru.navyk.application.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.Viewer;
import ru.navyk.application.training.TrainingViews.EventSummary;
import ru.navyk.application.training.TrainingViews.EventView;
import ru.navyk.application.training.TrainingViews.ItemRef;
import ru.navyk.application.training.TrainingViews.Page;
import ru.navyk.application.training.TrainingViews.ParticipantRow;
import ru.navyk.application.training.TrainingViews.PersonRef;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.EventKind;
import ru.navyk.domain.training.EventRegistration;
import ru.navyk.domain.training.EventRepository;
import ru.navyk.domain.training.RegistrationStatus;
import ru.navyk.domain.training.TrainingEvent;
import ru.navyk.domain.training.TrainingPeopleRepository;

/**
 * Training events (D/03.5/LA11–LA12). Organisers (managers, HR, administrators, mentors) schedule them with a trainer
 * — any active person whose account is a manager, mentor or HR. Everyone sees the calendar and registers themselves;
 * a manager registers the people they may see, HR and administrators anyone. The trainer (or HR, an administrator)
 * marks attendance, which records evidence on the event's items: the trainer's rating of each participant where
 * given (on-the-job coaching), else the event's proficiency on attendance, else none. Participants who attended give
 * feedback.
 */
@ApplicationScoped
@Transactional
public class EventService {

    static final String AUDIT_ENTITY = "TrainingEvent";
    static final Set<Role> TRAINER_ROLES = Set.of(Role.MANAGER, Role.MENTOR, Role.HR);

    @Inject
    private TrainingAccess access;

    @Inject
    private EventRepository events;

    @Inject
    private TrainingPeopleRepository trainingPeople;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private EvidenceRecorder recorder;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** The organiser's form. */
    public record EventForm(TrainingEvent.Details details, long trainerId, Collection<Long> itemIds) {
    }

    /** One line of the trainer's attendance sheet. */
    public record AttendanceMark(long personId, boolean attended, Proficiency rating) {
    }

    public long create(EventForm form) {
        Viewer viewer = access.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR, Role.MANAGER, Role.MENTOR);
        if (!form.details().startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new RuleViolationException("startsAt", "rule.training.eventInPast");
        }
        Person trainer = trainingPeople.withAnyRole(TRAINER_ROLES).stream()
                .filter(p -> p.getId() == form.trainerId()).findFirst()
                .orElseThrow(() -> new RuleViolationException("trainerId", "rule.training.notATrainer"));
        List<CompetencyItem> items = form.itemIds() == null ? List.of() : models.findItems(form.itemIds());
        TrainingEvent event = new TrainingEvent(form.details(), trainer, items, viewer.username(), clock.instant());
        events.add(event);
        audit.record(viewer.username(), "CREATE", AUDIT_ENTITY, event.getId(), event.getTopic(), new Changes()
                .created("kind", event.getKind()).created("startsAt", event.getStartsAt())
                .created("trainer", trainer.getFullName()).created("capacity", event.getCapacity()));
        return event.getId();
    }

    /** The calendar: upcoming events (or all), soonest first, with the caller's own place in each. */
    public Page<EventSummary> list(boolean upcomingOnly, int first, int max) {
        Viewer viewer = access.viewer();
        LocalDateTime from = upcomingOnly ? LocalDate.now(clock).atStartOfDay() : null;
        return new Page<>(events.search(from, first, Math.min(max, 200)).stream()
                .map(e -> summary(e, viewer.personId())).toList(), events.count(from));
    }

    /** The caller's registrations. */
    List<EventSummary> mine() {
        Viewer viewer = access.viewer();
        return viewer.personId() == null ? List.of() : events.findRegistrationsOf(viewer.personId()).stream()
                .map(r -> summary(r.getEvent(), viewer.personId())).toList();
    }

    public EventView get(long id) {
        Viewer viewer = access.viewer();
        TrainingEvent event = event(id);
        PersonScope scope = access.scope(viewer);
        boolean manages = manages(viewer, event);
        List<ParticipantRow> participants = rows(event.participants(), scope, manages);
        List<ParticipantRow> waiting = rows(event.waitingList(), scope, manages);
        OptionalDouble feedback = event.getRegistrations().stream().filter(r -> r.getFeedbackRating() != null)
                .mapToInt(EventRegistration::getFeedbackRating).average();
        ParticipantRow mine = viewer.personId() == null ? null : event.registrationOf(viewer.personId())
                .map(EventService::row).orElse(null);
        return new EventView(summary(event, viewer.personId()), event.getVersion(), event.getDescription(),
                event.getAudience(), event.getTrainer().getId(), event.getItems().stream().map(ItemRef::of).toList(),
                event.getProficiencyOnAttendance().orElse(null), manages,
                viewer.hasAny(Role.ADMIN, Role.HR, Role.MANAGER), participants, waiting,
                feedback.isPresent() ? Math.round(feedback.getAsDouble() * 10) / 10.0 : null, mine);
    }

    /**
     * Registers a person: the caller themselves, or someone they may register. The answer says whether the person
     * got a seat or a place on the waiting list.
     */
    public RegistrationStatus register(long eventId, long personId) {
        Viewer viewer = access.viewer();
        Person person = registrable(viewer, personId);
        TrainingEvent event = event(eventId);
        EventRegistration registration = event.register(person, viewer.username(), clock.instant(),
                LocalDateTime.now(clock));
        audit.record(viewer.username(), "REGISTER", AUDIT_ENTITY, event.getId(), event.getTopic(),
                new Changes().created(person.getFullName(), registration.getStatus()));
        return registration.getStatus();
    }

    /** Cancels a registration; a freed seat goes to the first on the waiting list. */
    public void cancel(long eventId, long personId) {
        Viewer viewer = access.viewer();
        Person person = registrable(viewer, personId);
        TrainingEvent event = event(eventId);
        Optional<EventRegistration> promoted = event.cancel(person.getId(), LocalDateTime.now(clock));
        Changes changes = new Changes().compare(person.getFullName(), "REGISTERED", RegistrationStatus.CANCELLED);
        promoted.ifPresent(p -> changes.compare(p.getPerson().getFullName(), RegistrationStatus.WAITLISTED,
                RegistrationStatus.REGISTERED));
        audit.record(viewer.username(), "CANCEL", AUDIT_ENTITY, event.getId(), event.getTopic(), changes);
    }

    /**
     * The trainer's attendance sheet. Evidence is recorded for a participant when they are marked present for the
     * first time, or when the trainer's rating of them changes; marking the sheet again records nothing twice.
     */
    public void markAttendance(long eventId, long version, List<AttendanceMark> marks) {
        Viewer viewer = access.viewer();
        TrainingEvent event = event(eventId);
        if (!manages(viewer, event)) {
            throw new NotFoundException(AUDIT_ENTITY);
        }
        if (event.getVersion() != version) {
            throw new ConcurrentEditException(AUDIT_ENTITY);
        }
        if (event.getStartsAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException(null, "rule.training.attendanceBeforeEvent");
        }
        Person trainer = event.getTrainer();
        Changes changes = new Changes();
        for (AttendanceMark mark : marks) {
            EventRegistration registration = event.registrationOf(mark.personId())
                    .orElseThrow(() -> new RuleViolationException(null, "rule.training.notRegistered"));
            Boolean wasPresent = registration.getAttended();
            Proficiency wasRated = registration.getTrainerRating();
            Proficiency rating = event.getKind() == EventKind.ON_THE_JOB ? mark.rating() : null;
            event.markAttendance(mark.personId(), mark.attended(), rating);
            changes.compare(registration.getPerson().getFullName(), wasPresent, mark.attended());
            boolean newlyPresent = mark.attended() && !Boolean.TRUE.equals(wasPresent);
            boolean rerated = mark.attended() && rating != null && rating != wasRated;
            Proficiency recorded = rating != null ? rating : event.getProficiencyOnAttendance().orElse(null);
            if ((newlyPresent || rerated) && recorded != null && !event.getItems().isEmpty()) {
                Map<CompetencyItem, Proficiency> ratings = new LinkedHashMap<>();
                event.getItems().forEach(item -> ratings.put(item, recorded));
                recorder.record(viewer.username(), registration.getPerson(), EvidenceSource.TRAINING_EVENT,
                        registration.getId(), EvidenceRecorder.Rater.of(trainer),
                        event.getStartsAt().toLocalDate(), ratings, event.getTopic());
            }
        }
        audit.record(viewer.username(), "ATTENDANCE", AUDIT_ENTITY, event.getId(), event.getTopic(), changes);
    }

    /** A participant who attended rates the event. */
    public void feedback(long eventId, int rating, String comment) {
        Viewer viewer = access.viewer();
        Person self = access.self(viewer);
        TrainingEvent event = event(eventId);
        EventRegistration registration = event.registrationOf(self.getId())
                .orElseThrow(() -> new RuleViolationException(null, "rule.training.notRegistered"));
        registration.giveFeedback(rating, comment);
    }

    public void cancelEvent(long eventId, long version) {
        Viewer viewer = access.viewer();
        TrainingEvent event = event(eventId);
        if (!manages(viewer, event)) {
            throw new NotFoundException(AUDIT_ENTITY);
        }
        if (event.getVersion() != version) {
            throw new ConcurrentEditException(AUDIT_ENTITY);
        }
        event.cancelEvent();
        audit.record(viewer.username(), "CANCEL", AUDIT_ENTITY, event.getId(), event.getTopic(),
                new Changes().compare("status", "PLANNED", "CANCELLED"));
    }

    /** The caller's own person id (registering oneself through the API). */
    public long callerPersonId() {
        return access.self(access.viewer()).getId();
    }

    /** People who may run an event. */
    public List<PersonRef> trainers() {
        access.requireAny(access.viewer(), Role.ADMIN, Role.HR, Role.MANAGER, Role.MENTOR);
        return trainingPeople.withAnyRole(TRAINER_ROLES).stream()
                .map(p -> new PersonRef(p.getId(), p.getFullName(), TrainingAccess.teamName(p))).toList();
    }

    private Person registrable(Viewer viewer, long personId) {
        if (viewer.isSelf(personId)) {
            return access.self(viewer);
        }
        if (!viewer.hasAny(Role.ADMIN, Role.HR, Role.MANAGER)) {
            throw new NotFoundException("Person");
        }
        return access.visiblePerson(viewer, personId);
    }

    private boolean manages(Viewer viewer, TrainingEvent event) {
        return viewer.hasAny(Role.ADMIN, Role.HR) || viewer.isSelf(event.getTrainer().getId());
    }

    private TrainingEvent event(long id) {
        return events.find(id).orElseThrow(() -> new NotFoundException(AUDIT_ENTITY));
    }

    private static List<ParticipantRow> rows(List<EventRegistration> registrations, PersonScope scope,
                                             boolean manages) {
        return registrations.stream().filter(r -> manages || TrainingAccess.sees(scope, r.getPerson()))
                .map(EventService::row).toList();
    }

    private static ParticipantRow row(EventRegistration r) {
        return new ParticipantRow(r.getId(), r.getPerson().getId(), r.getPerson().getFullName(), r.getStatus(),
                r.getAttended(), r.getTrainerRating(), r.getFeedbackRating(), r.getFeedbackComment());
    }

    static EventSummary summary(TrainingEvent e, Long personId) {
        RegistrationStatus mine = personId == null ? null : e.registrationOf(personId)
                .map(EventRegistration::getStatus).filter(s -> s != RegistrationStatus.CANCELLED).orElse(null);
        return new EventSummary(e.getId(), e.getKind(), e.getTopic(), e.getStartsAt(), e.getDurationMinutes(),
                e.getPlace(), e.getTrainer().getFullName(), e.getCapacity(), e.getRegisteredCount(),
                e.waitingList().size(), e.getStatus(), mine);
    }
}
