package ru.navyk.web.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PeopleViews.PersonSummary;
import ru.navyk.application.training.EventService;
import ru.navyk.application.training.EventService.AttendanceMark;
import ru.navyk.application.training.TrainingViews.EventView;
import ru.navyk.application.training.TrainingViews.ParticipantRow;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.training.EventKind;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /training/event.xhtml?id=…}: an event, registering oneself or (managers, HR) others, the trainer's
 * attendance sheet, and participants' feedback.
 */
@Named
@ViewScoped
public class EventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private PeopleService people;

    @Inject
    private Messages messages;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private EventView event;
    private Long personToRegister;
    private List<PersonSummary> registrable;
    private final Map<Long, Boolean> present = new HashMap<>();
    /** Person id → the trainer's rating (enum name), as the select submits it. */
    private final Map<Long, String> ratings = new HashMap<>();
    private Integer feedbackRating;
    private String feedbackComment;

    /** View action. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            reload();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void reload() {
        event = events.get(id == null ? -1 : id);
        present.clear();
        ratings.clear();
        for (ParticipantRow row : event.participants()) {
            present.put(row.personId(), Boolean.TRUE.equals(row.attended()));
            ratings.put(row.personId(), row.trainerRating() == null ? null : row.trainerRating().name());
        }
        if (event.mine() != null) {
            feedbackRating = event.mine().feedbackRating();
            feedbackComment = event.mine().feedbackComment();
        }
    }

    public List<PersonSummary> getRegistrable() {
        if (registrable == null) {
            registrable = event != null && event.canRegisterOthers()
                    ? people.search(null, null, false, 0, 500).items() : List.of();
        }
        return registrable;
    }

    public void registerSelf() {
        change("register", () -> events.register(id, selfId()));
    }

    public void cancelSelf() {
        change("register", () -> events.cancel(id, selfId()));
    }

    public void registerOther() {
        if (personToRegister != null) {
            change("others", () -> events.register(id, personToRegister));
        }
    }

    public void cancelOther(long personId) {
        change("others", () -> events.cancel(id, personId));
    }

    public void saveAttendance() {
        List<AttendanceMark> marks = new ArrayList<>();
        for (ParticipantRow row : event.participants()) {
            marks.add(new AttendanceMark(row.personId(), Boolean.TRUE.equals(present.get(row.personId())),
                    event.event().kind() == EventKind.ON_THE_JOB ? rating(row.personId()) : null));
        }
        change("attendance", () -> events.markAttendance(id, event.version(), marks));
    }

    private Proficiency rating(long personId) {
        String value = ratings.get(personId);
        return value == null || value.isBlank() ? null : Proficiency.valueOf(value);
    }

    public void sendFeedback() {
        change("feedback", () -> events.feedback(id, feedbackRating == null ? 0 : feedbackRating, feedbackComment));
    }

    public void cancelEvent() {
        change("attendance", () -> events.cancelEvent(id, event.version()));
    }

    private long selfId() {
        Long self = currentUser.viewer().personId();
        return self == null ? -1 : self;
    }

    private void change(String form, Runnable action) {
        if (Actions.run(messages, form, action)) {
            messages.info("general.saved");
        }
        reload();
    }

    public Proficiency[] getProficiencies() {
        return Proficiency.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventView getEvent() {
        return event;
    }

    public Long getPersonToRegister() {
        return personToRegister;
    }

    public void setPersonToRegister(Long personToRegister) {
        this.personToRegister = personToRegister;
    }

    public Map<Long, Boolean> getPresent() {
        return present;
    }

    public Map<Long, String> getRatings() {
        return ratings;
    }

    public Integer getFeedbackRating() {
        return feedbackRating;
    }

    public void setFeedbackRating(Integer feedbackRating) {
        this.feedbackRating = feedbackRating;
    }

    public String getFeedbackComment() {
        return feedbackComment;
    }

    public void setFeedbackComment(String feedbackComment) {
        this.feedbackComment = feedbackComment;
    }
}
