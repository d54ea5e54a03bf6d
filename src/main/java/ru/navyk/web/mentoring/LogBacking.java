package ru.navyk.web.mentoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.navyk.application.mentoring.LogForm;
import ru.navyk.application.mentoring.MentorLogService;
import ru.navyk.application.mentoring.MentoringViews.ItemChoice;
import ru.navyk.application.mentoring.MentoringViews.TraineeView;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;

/**
 * Serves {@code /mentoring/log.xhtml}: the mentor's one-screen session form, made for a phone — trainee (preselected
 * when there is one), date (today), duration, items (searchable, recently worked on first), a 0–3 rating per chosen
 * item, a comment, save.
 */
@Named
@ViewScoped
public class LogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN_ITEMS = 12;

    @Inject
    private MentorLogService log;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long traineeId;
    private List<TraineeView> trainees;
    private List<ItemChoice> choices = List.of();
    private String search = "";
    private final Map<String, Integer> ratings = new LinkedHashMap<>();
    private LocalDate heldOn;
    private Integer durationMinutes = 30;
    private String comment;

    /** View action. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        trainees = log.myTrainees();
        heldOn = LocalDate.now(clock);
        if (traineeId == null && trainees.size() == 1) {
            traineeId = trainees.get(0).personId();
        }
        loadChoices();
    }

    public void traineeChanged() {
        ratings.clear();
        loadChoices();
    }

    private void loadChoices() {
        if (traineeId == null) {
            choices = List.of();
            return;
        }
        try {
            choices = log.choicesFor(traineeId);
        } catch (NotFoundException | RuleViolationException e) {
            choices = List.of();
        }
    }

    /** Chosen items first, then those matching the search (by code or text), recently worked on first. */
    public List<ItemChoice> getShownItems() {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<ItemChoice> shown = new ArrayList<>();
        choices.stream().filter(c -> ratings.containsKey(c.code())).forEach(shown::add);
        choices.stream().filter(c -> !ratings.containsKey(c.code()))
                .filter(c -> needle.isEmpty() || c.code().toLowerCase(Locale.ROOT).contains(needle)
                        || c.text().toLowerCase(Locale.ROOT).replace('ё', 'е').contains(needle))
                .limit(SHOWN_ITEMS).forEach(shown::add);
        return shown;
    }

    /** Rates (or, clicking the same rating again, un-rates) an item. */
    public void rate(String code, int points) {
        if (Integer.valueOf(points).equals(ratings.get(code))) {
            ratings.remove(code);
        } else {
            ratings.put(code, points);
        }
    }

    public Integer ratingOf(String code) {
        return ratings.get(code);
    }

    public void save() {
        try {
            log.log(new LogForm(traineeId, heldOn, durationMinutes, ratings, comment));
            messages.info("mentoring.log.saved", ratings.size());
            ratings.clear();
            comment = null;
            search = "";
            loadChoices();
        } catch (RuleViolationException e) {
            messages.rule("log", e);
        } catch (NotFoundException e) {
            messages.rule("log", new RuleViolationException("traineeId", "rule.mentoring.notYourTrainee"));
        }
    }

    public List<Integer> getScale() {
        return List.of(0, 1, 2, 3);
    }

    public List<TraineeView> getTrainees() {
        return trainees;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public void setTraineeId(Long traineeId) {
        this.traineeId = traineeId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getRatedCount() {
        return ratings.size();
    }
}
