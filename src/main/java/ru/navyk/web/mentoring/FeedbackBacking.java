package ru.navyk.web.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.mentoring.MentorLogService;
import ru.navyk.application.mentoring.MentoringViews.FeedbackChoice;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;

/** Serves {@code /mentoring/feedback.xhtml}: the trainee rates each mentor once, at the end of the internship. */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentorLogService log;

    @Inject
    private Messages messages;

    private List<FeedbackChoice> choices;
    private Long mentorshipId;
    private Integer rating;
    private String comment;

    /** View action. */
    public void load() {
        choices = log.feedbackChoices();
    }

    public void choose(long id) {
        mentorshipId = id;
        rating = null;
        comment = null;
    }

    public void send() {
        try {
            log.giveFeedback(mentorshipId == null ? -1 : mentorshipId, rating, comment);
            messages.info("mentoring.feedback.thanks");
            mentorshipId = null;
            choices = log.feedbackChoices();
        } catch (RuleViolationException e) {
            messages.rule("feedback", e);
        } catch (NotFoundException e) {
            messages.rule("feedback", new RuleViolationException(null, "rule.feedback.tooEarly"));
        }
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<FeedbackChoice> getChoices() {
        return choices;
    }

    public Long getMentorshipId() {
        return mentorshipId;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
