package ru.navyk.domain.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Lengths;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.InstantConverter;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * A classroom session, webinar or on-the-job coaching (D/03.5/LA11–LA12) with its trainer, time, place, capacity and
 * the competency items it develops. Seats go in order of registration; when the event is full, people join a waiting
 * list and the first of them is promoted when a seat frees up. Every change of seats changes the event's version, so
 * two people taking the last seat at once cannot both get it.
 */
@Entity
@Table(name = "training_event")
public class TrainingEvent {

    public static final int DESCRIPTION_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EventKind kind;

    @Column(name = "topic", nullable = false, length = Lengths.TITLE)
    private String topic;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trainer_id")
    private Person trainer;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "place", length = Lengths.TITLE)
    private String place;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "audience", length = Lengths.TITLE)
    private String audience;

    /** The proficiency attendance records on the event's items; none: attendance writes no evidence. */
    @Column(name = "proficiency_on_attendance")
    private Integer proficiencyOnAttendance;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EventStatus status = EventStatus.PLANNED;

    @Column(name = "registered_count", nullable = false)
    private int registeredCount;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = Lengths.USERNAME)
    private String createdBy;

    @ManyToMany
    @JoinTable(name = "training_event_item", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    private Set<CompetencyItem> items = new LinkedHashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    private List<EventRegistration> registrations = new ArrayList<>();

    protected TrainingEvent() {
    }

    /** What an organiser fills in. */
    public record Details(EventKind kind, String topic, String description, LocalDateTime startsAt,
                          int durationMinutes, String place, int capacity, String audience,
                          Proficiency proficiencyOnAttendance) {
        public Details {
            if (kind == null) {
                throw new RuleViolationException("kind", "rule.required");
            }
            if (topic == null || topic.isBlank()) {
                throw new RuleViolationException("topic", "rule.required");
            }
            if (topic.strip().length() > Lengths.TITLE) {
                throw new RuleViolationException("topic", "rule.training.tooLong", Lengths.TITLE);
            }
            if (startsAt == null) {
                throw new RuleViolationException("startsAt", "rule.required");
            }
            if (durationMinutes < 1 || durationMinutes > 24 * 60) {
                throw new RuleViolationException("durationMinutes", "rule.training.duration");
            }
            if (capacity < 1 || capacity > 1000) {
                throw new RuleViolationException("capacity", "rule.training.capacity");
            }
        }
    }

    public TrainingEvent(Details details, Person trainer, Collection<CompetencyItem> items, String createdBy,
                         Instant createdAt) {
        this.kind = details.kind();
        this.topic = details.topic().strip();
        this.description = blankToNull(details.description());
        this.startsAt = details.startsAt();
        this.durationMinutes = details.durationMinutes();
        this.place = blankToNull(details.place());
        this.capacity = details.capacity();
        this.audience = blankToNull(details.audience());
        this.proficiencyOnAttendance = details.proficiencyOnAttendance() == null ? null
                : details.proficiencyOnAttendance().points();
        this.trainer = trainer;
        this.items.addAll(items);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Gives the person a seat, or a place on the waiting list when the event is full. Refused for an event that is
     * no longer planned or has started, and for someone already registered or waiting.
     */
    public EventRegistration register(Person person, String by, Instant now, LocalDateTime localNow) {
        requireOpen(localNow);
        Optional<EventRegistration> existing = registrationOf(person.getId());
        if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
            throw new RuleViolationException(null, "rule.training.alreadyRegistered");
        }
        RegistrationStatus status = registeredCount < capacity ? RegistrationStatus.REGISTERED
                : RegistrationStatus.WAITLISTED;
        EventRegistration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            registration.reopen(status, by, now);
        } else {
            registration = new EventRegistration(this, person, status, by, now);
            registrations.add(registration);
        }
        if (status == RegistrationStatus.REGISTERED) {
            registeredCount++;
        }
        return registration;
    }

    /**
     * Gives up a person's seat or waiting place. A freed seat goes to the longest-waiting person.
     *
     * @return the person promoted from the waiting list, if any
     */
    public Optional<EventRegistration> cancel(long personId, LocalDateTime localNow) {
        requireOpen(localNow);
        EventRegistration registration = registrationOf(personId)
                .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
                .orElseThrow(() -> new RuleViolationException(null, "rule.training.notRegistered"));
        boolean hadSeat = registration.getStatus() == RegistrationStatus.REGISTERED;
        registration.cancel();
        if (!hadSeat) {
            return Optional.empty();
        }
        registeredCount--;
        Optional<EventRegistration> next = waitingList().stream().findFirst();
        next.ifPresent(waiting -> {
            waiting.promote();
            registeredCount++;
        });
        return next;
    }

    /** Marks who attended (and, for on-the-job coaching, the trainer's rating); the event counts as held. */
    public void markAttendance(long personId, boolean attended, Proficiency trainerRating) {
        if (status == EventStatus.CANCELLED) {
            throw new RuleViolationException(null, "rule.training.eventCancelled");
        }
        EventRegistration registration = registrationOf(personId)
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .orElseThrow(() -> new RuleViolationException(null, "rule.training.notRegistered"));
        registration.markAttendance(attended, trainerRating);
        status = EventStatus.HELD;
    }

    public void cancelEvent() {
        if (status != EventStatus.PLANNED) {
            throw new RuleViolationException(null, "rule.training.eventNotPlanned");
        }
        status = EventStatus.CANCELLED;
    }

    private void requireOpen(LocalDateTime localNow) {
        if (status != EventStatus.PLANNED || !localNow.isBefore(startsAt)) {
            throw new RuleViolationException(null, "rule.training.registrationClosed");
        }
    }

    public Optional<EventRegistration> registrationOf(long personId) {
        return registrations.stream().filter(r -> r.getPerson().getId() == personId).findFirst();
    }

    /** Seated participants in order of registration. */
    public List<EventRegistration> participants() {
        return registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .sorted(Comparator.comparing(EventRegistration::getRegisteredAt)
                        .thenComparing(EventRegistration::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The waiting list, longest waiting first. */
    public List<EventRegistration> waitingList() {
        return registrations.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparing(EventRegistration::getRegisteredAt)
                        .thenComparing(EventRegistration::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public int freeSeats() {
        return Math.max(0, capacity - registeredCount);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTopic() {
        return topic;
    }

    public String getDescription() {
        return description;
    }

    public Person getTrainer() {
        return trainer;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getAudience() {
        return audience;
    }

    public Optional<Proficiency> getProficiencyOnAttendance() {
        return Optional.ofNullable(proficiencyOnAttendance).map(Proficiency::of);
    }

    public EventStatus getStatus() {
        return status;
    }

    public int getRegisteredCount() {
        return registeredCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<CompetencyItem> getItems() {
        return items.stream().sorted(Comparator.comparing(CompetencyItem::getCode)).toList();
    }

    public List<EventRegistration> getRegistrations() {
        return List.copyOf(registrations);
    }
}
