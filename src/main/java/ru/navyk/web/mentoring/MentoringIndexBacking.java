package ru.navyk.web.mentoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.mentoring.MentorLogService;
import ru.navyk.application.mentoring.MentoringViews.TraineeView;
import ru.navyk.application.people.MentorshipService;
import ru.navyk.application.people.MentorshipService.MentorshipView;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;

/**
 * Serves {@code /mentoring/index.xhtml}: a mentor's trainees with their progress; for HR, administrators and
 * managers the running mentorships of the people they may see, each of which they may end.
 */
@Named
@ViewScoped
public class MentoringIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentorLogService log;

    @Inject
    private MentorshipService mentorships;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private List<TraineeView> trainees;
    private List<MentorshipView> current;
    private LocalDate endOn;

    /** View action. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            endOn = LocalDate.now(clock);
        }
        trainees = log.myTrainees();
        current = mentorships.current();
    }

    public void end(long mentorshipId) {
        try {
            mentorships.end(mentorshipId, endOn);
            messages.info("general.saved");
        } catch (RuleViolationException e) {
            messages.rule("mentorships", e);
        } catch (NotFoundException | ConcurrentEditException | ru.navyk.domain.shared.AccessDeniedException e) {
            messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_WARN, "mentoring.index.cannotEnd");
        }
        current = mentorships.current();
    }

    public List<TraineeView> getTrainees() {
        return trainees;
    }

    public List<MentorshipView> getCurrent() {
        return current;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }
}
