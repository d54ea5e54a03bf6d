package ru.navyk.application.development;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.development.ActivityKind;
import ru.navyk.domain.development.ActivityStatus;
import ru.navyk.domain.development.GoalKind;
import ru.navyk.domain.development.PlanStatus;

/** What the development-plan service hands to pages and the REST API. */
public final class DevelopmentViews {

    private DevelopmentViews() {
    }

    /** What the caller may do with a plan. */
    public record PlanPermissions(boolean edit, boolean comment, boolean start, boolean markActivities)
            implements Serializable {
    }

    public record ActivityView(long id, ActivityKind kind, String title, String reference, LocalDate dueOn,
                               ActivityStatus status, LocalDate doneOn, boolean overdue) implements Serializable {
    }

    /**
     * @param current for item goals, the proficiency that counts today ({@code null} if never rated)
     */
    public record GoalView(long id, GoalKind kind, String targetCode, String title, Proficiency target,
                           LocalDate dueOn, boolean met, int percent, Proficiency current, int itemsMet,
                           int itemsTotal, List<ActivityView> activities) implements Serializable {
    }

    public record TransitionView(PlanStatus from, PlanStatus to, String actorName, Instant at) implements Serializable {
    }

    public record CommentView(long id, String authorName, Instant writtenAt, String text) implements Serializable {
    }

    public record PlanView(long id, long version, long personId, String personName, PlanStatus status,
                           String title, String createdByName, Instant createdAt, int percent, int goalsMet,
                           List<GoalView> goals, List<TransitionView> transitions, List<CommentView> comments,
                           PlanPermissions permissions) implements Serializable {
    }

    public record PlanSummary(long id, PlanStatus status, String title, Instant createdAt, int goals) {
    }

    /**
     * A goal Navyk proposes from a gap: an item of the person's job profile (or of the next level's functions) whose
     * current proficiency is below the target, ranked by the size of the gap.
     */
    public record GapProposal(long itemId, String code, ItemKind kind, String laborFunctionCode, String text,
                              Proficiency target, Proficiency current, int gap) implements Serializable {
    }

    /** A goal to add: an item with a target, a labor function with a target, or a level. */
    public record GoalInput(GoalKind kind, Long itemId, String code, Proficiency target, LocalDate dueOn) {
    }

    public record ActivityInput(ActivityKind kind, String title, String reference, LocalDate dueOn) {
    }
}
