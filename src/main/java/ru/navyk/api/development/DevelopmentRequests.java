package ru.navyk.api.development;

import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.development.DevelopmentViews.ActivityInput;
import ru.navyk.application.development.DevelopmentViews.GoalInput;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.development.ActivityKind;
import ru.navyk.domain.development.ActivityStatus;
import ru.navyk.domain.development.GoalKind;
import ru.navyk.domain.development.PlanStatus;

/**
 * Request bodies of the development-plan API. A {@code version} is the plan's version the caller read; a change based
 * on an older one is refused with 409.
 */
public final class DevelopmentRequests {

    private DevelopmentRequests() {
    }

    /** A goal: {@code ITEM} with {@code itemId}, {@code LABOR_FUNCTION} or {@code LEVEL} with {@code code}. */
    public record GoalBody(GoalKind kind, Long itemId, String code, Proficiency target, LocalDate dueOn) {
        GoalInput input() {
            return new GoalInput(kind, itemId, code, target, dueOn);
        }
    }

    public record PlanBody(Long personId, String title, List<GoalBody> goals) {
        List<GoalInput> goalInputs() {
            return goals == null ? List.of() : goals.stream().map(g -> g == null ? null : g.input()).toList();
        }
    }

    public record NewGoalBody(Long version, GoalBody goal) {
    }

    public record ActivityBody(Long version, ActivityKind kind, String title, String reference, LocalDate dueOn) {
        ActivityInput input() {
            return new ActivityInput(kind, title, reference, dueOn);
        }
    }

    public record ActivityStatusBody(Long version, ActivityStatus status) {
    }

    public record TransitionBody(Long version, PlanStatus status) {
    }

    public record CommentBody(String text) {
    }
}
