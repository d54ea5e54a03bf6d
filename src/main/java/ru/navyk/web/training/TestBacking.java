package ru.navyk.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.navyk.application.training.LearningService;
import ru.navyk.application.training.TrainingViews.AttemptSheet;
import ru.navyk.application.training.TrainingViews.SheetQuestion;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.domain.training.QuestionKind;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /training/test.xhtml?attempt=…}: the learner's running attempt. The page holds only question and
 * option ids and texts; the server scores on submission.
 */
@Named
@ViewScoped
public class TestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LearningService learning;

    @Inject
    private Messages messages;

    private Long attempt;
    private AttemptSheet sheet;
    private final Map<Long, String> single = new HashMap<>();
    private final Map<Long, List<String>> multiple = new HashMap<>();

    /** View action: an attempt that is already closed shows its result instead. */
    public void load() {
        if (sheet != null) {
            return;
        }
        try {
            sheet = learning.sheet(attempt == null ? -1 : attempt);
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (RuleViolationException e) {
            Pages.redirect("/training/result.xhtml?attempt=" + attempt);
        }
    }

    public void submit() {
        Map<Long, Set<Long>> answers = new HashMap<>();
        for (SheetQuestion question : sheet.questions()) {
            Set<Long> chosen = new HashSet<>();
            if (question.kind() == QuestionKind.SINGLE) {
                String value = single.get(question.id());
                if (value != null && value.matches("\\d{1,18}")) {
                    chosen.add(Long.valueOf(value));
                }
            } else {
                multiple.getOrDefault(question.id(), List.of()).stream().filter(v -> v.matches("\\d{1,18}"))
                        .map(Long::valueOf).forEach(chosen::add);
            }
            answers.put(question.id(), chosen);
        }
        try {
            learning.submit(attempt, answers);
        } catch (RuleViolationException e) {
            messages.rule("test", e);
        }
        Pages.redirect("/training/result.xhtml?attempt=" + attempt);
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }

    public AttemptSheet getSheet() {
        return sheet;
    }

    public Map<Long, String> getSingle() {
        return single;
    }

    public Map<Long, List<String>> getMultiple() {
        return multiple;
    }
}
