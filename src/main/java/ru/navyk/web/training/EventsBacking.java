package ru.navyk.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.training.EventService;
import ru.navyk.application.training.EventService.EventForm;
import ru.navyk.application.training.TrainingViews.EventSummary;
import ru.navyk.application.training.TrainingViews.PersonRef;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.EventKind;
import ru.navyk.domain.training.TrainingEvent;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/** Serves {@code /training/events.xhtml}: the events calendar and, for organisers, scheduling a new event. */
@Named
@ViewScoped
public class EventsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private CompetencyModelService model;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private boolean upcomingOnly = true;
    private List<EventSummary> list;
    private List<PersonRef> trainers;
    private EventKind kind = EventKind.CLASSROOM;
    private String topic;
    private String description;
    private LocalDate date;
    private LocalTime time = LocalTime.of(10, 0);
    private Integer duration = 120;
    private String place;
    private Integer capacity = 12;
    private String audience;
    private Long trainerId;
    private Proficiency proficiency;
    private String itemCodes;

    @PostConstruct
    void init() {
        if (isOrganiser()) {
            trainers = events.trainers();
        }
        date = LocalDate.now(clock).plusDays(7);
        reload();
    }

    public void reload() {
        list = events.list(upcomingOnly, 0, 200).items();
    }

    public boolean isOrganiser() {
        return currentUser.optionalViewer().map(v -> v.hasAny(Role.ADMIN, Role.HR, Role.MANAGER, Role.MENTOR))
                .orElse(false);
    }

    public void create() {
        long[] id = new long[1];
        if (Actions.run(messages, "event", () -> {
            if (date == null || time == null) {
                throw new RuleViolationException("startsAt", "rule.required");
            }
            if (trainerId == null) {
                throw new RuleViolationException("trainerId", "rule.required");
            }
            id[0] = events.create(new EventForm(new TrainingEvent.Details(kind, topic, description,
                    LocalDateTime.of(date, time), duration == null ? 0 : duration, place,
                    capacity == null ? 0 : capacity, audience, proficiency), trainerId, itemIds()));
        })) {
            Pages.redirect("/training/event.xhtml?id=" + id[0]);
        }
    }

    /** Item codes separated by commas or spaces; an unknown code is refused by name. */
    private List<Long> itemIds() {
        if (itemCodes == null || itemCodes.isBlank()) {
            return List.of();
        }
        var byCode = model.current().map(ModelSnapshot::itemsByCode).orElse(java.util.Map.of());
        return Arrays.stream(itemCodes.split("[,;\\s]+")).filter(c -> !c.isBlank()).map(code -> {
            ModelSnapshot.ItemView item = byCode.get(code.strip());
            if (item == null) {
                throw new RuleViolationException("itemCodes", "rule.training.unknownItem", code.strip());
            }
            return item.id();
        }).toList();
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Proficiency[] getProficiencies() {
        return new Proficiency[] {Proficiency.WITH_HELP, Proficiency.INDEPENDENT, Proficiency.TEACHES_OTHERS};
    }

    public List<EventSummary> getList() {
        return list;
    }

    public List<PersonRef> getTrainers() {
        return trainers;
    }

    public boolean isUpcomingOnly() {
        return upcomingOnly;
    }

    public void setUpcomingOnly(boolean upcomingOnly) {
        this.upcomingOnly = upcomingOnly;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public Proficiency getProficiency() {
        return proficiency;
    }

    public void setProficiency(Proficiency proficiency) {
        this.proficiency = proficiency;
    }

    public String getItemCodes() {
        return itemCodes;
    }

    public void setItemCodes(String itemCodes) {
        this.itemCodes = itemCodes;
    }
}
