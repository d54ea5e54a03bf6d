package ru.navyk.web.qualification;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.application.qualification.QualificationViews.DecisionInput;
import ru.navyk.application.qualification.QualificationViews.EligibilityView;
import ru.navyk.application.qualification.QualificationViews.GapView;
import ru.navyk.application.qualification.QualificationViews.RatingInput;
import ru.navyk.application.qualification.QualificationViews.ReviewItem;
import ru.navyk.application.qualification.QualificationViews.ReviewSheet;
import ru.navyk.application.qualification.ReviewService;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /qualification/review.xhtml?person=…} (one person) or {@code ?team=…} (the team's people one after
 * another): the manager confirms or changes ratings of the person's profile items and records level decisions; the
 * review is saved as a whole, or not at all.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    @Inject
    private Messages messages;

    private Long person;
    private Long team;
    private List<Long> queue = List.of();
    private int position;
    private ReviewSheet sheet;
    private List<RatingRow> ratings = new ArrayList<>();
    private List<DecisionRow> decisions = new ArrayList<>();
    private String note;
    private boolean saved;

    /** View action: a person the caller manages, or the first of a team's; anything else is a 404. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || sheet != null) {
            return;
        }
        try {
            if (team != null) {
                queue = reviews.queue(team);
                if (queue.isEmpty()) {
                    Pages.notFound();
                    return;
                }
                open(queue.get(0));
            } else if (person != null) {
                open(person);
            } else {
                Pages.notFound();
            }
        } catch (NotFoundException | AccessDeniedException e) {
            Pages.notFound();
        }
    }

    private void open(long personId) {
        sheet = reviews.start(personId, QualificationNavigation.locale());
        ratings = new ArrayList<>(sheet.items().stream().map(RatingRow::new).toList());
        decisions = new ArrayList<>(sheet.eligibility().stream().map(DecisionRow::new).toList());
        note = null;
        saved = false;
    }

    /** Copies every current rating into the review, to confirm them as they stand. */
    public void confirmAll() {
        ratings.forEach(row -> {
            if (row.chosen == null && row.item.current() != null) {
                row.chosen = row.item.current().name();
            }
        });
    }

    public void save() {
        List<RatingInput> given = ratings.stream().filter(row -> row.chosen != null && !row.chosen.isBlank())
                .map(row -> new RatingInput(row.item.itemId(), Proficiency.valueOf(row.chosen))).toList();
        List<DecisionInput> decided = decisions.stream().filter(row -> row.outcome != null && !row.outcome.isBlank())
                .map(row -> new DecisionInput(row.view.functionCode(), LevelDecision.Outcome.valueOf(row.outcome),
                        row.reason, row.override)).toList();
        try {
            reviews.save(sheet.reviewId(), sheet.version(), given, decided, note, QualificationNavigation.locale());
            saved = true;
            messages.info("qualification.review.saved", sheet.fullName());
        } catch (RuleViolationException e) {
            messages.rule("review", e);
        } catch (ConcurrentEditException e) {
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    public boolean isHasNext() {
        return position + 1 < queue.size();
    }

    /** The team's next person. */
    public void next() {
        if (isHasNext()) {
            position++;
            open(queue.get(position));
        }
    }

    public List<String> getProficiencies() {
        return java.util.Arrays.stream(Proficiency.values()).map(Enum::name).toList();
    }

    /** One item of the sheet; {@code chosen} is the rating given in this review (a Proficiency name) or none. */
    public static final class RatingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ReviewItem item;
        private String chosen;

        RatingRow(ReviewItem item) {
            this.item = item;
        }

        public ReviewItem getItem() {
            return item;
        }

        public String getChosen() {
            return chosen;
        }

        public void setChosen(String chosen) {
            this.chosen = chosen;
        }
    }

    /** One generalized function: what the manager decides about its level, if anything. */
    public static final class DecisionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final EligibilityView view;
        private String outcome;
        private String reason;
        private boolean override;

        DecisionRow(EligibilityView view) {
            this.view = view;
        }

        public EligibilityView getView() {
            return view;
        }

        public String getGapsText() {
            return String.join("; ", view.gaps().stream().map(GapView::message).toList());
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public boolean isOverride() {
            return override;
        }

        public void setOverride(boolean override) {
            this.override = override;
        }
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public ReviewSheet getSheet() {
        return sheet;
    }

    public List<RatingRow> getRatings() {
        return ratings;
    }

    public List<DecisionRow> getDecisions() {
        return decisions;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isSaved() {
        return saved;
    }

    public int getPosition() {
        return position + 1;
    }

    public int getQueueSize() {
        return queue.size();
    }
}
