package ru.navyk.application.onboarding;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.domain.onboarding.AdaptationPlan;
import ru.navyk.domain.onboarding.AdaptationTemplate;
import ru.navyk.domain.onboarding.PlanStep;
import ru.navyk.domain.onboarding.ResponsibleRole;
import ru.navyk.domain.onboarding.StepDefinition;
import ru.navyk.domain.onboarding.StepKind;

/** What pages and the API show of templates and plans. */
public final class OnboardingViews {

    private OnboardingViews() {
    }

    /** A template version with its steps. */
    public record TemplateView(long id, long version, String code, int number, long jobProfileId,
                               String jobProfileCode, String title, Instant createdAt, String createdBy,
                               List<StepDefinition> steps) implements Serializable {
        static TemplateView of(AdaptationTemplate t) {
            return new TemplateView(t.getId(), t.getVersion(), t.getCode(), t.getNumber(), t.getJobProfile().getId(),
                    t.getJobProfile().getCode(), t.getTitle(), t.getCreatedAt(), t.getCreatedBy(), t.definitions());
        }
    }

    /**
     * A person's plan as {@code viewer} sees it on {@code today}.
     *
     * @param percentDone whole percent of steps done
     */
    public record PlanView(long id, long personId, String personName, long templateId, String templateTitle,
                           int templateNumber, LocalDate startedOn, int stepsDone, int stepsOverdue,
                           int percentDone, List<StepView> steps) implements Serializable {
        static PlanView of(AdaptationPlan plan, LocalDate today, java.util.Set<ResponsibleRole> rolesOfViewer) {
            return new PlanView(plan.getId(), plan.getPerson().getId(), plan.getPerson().getFullName(),
                    plan.getTemplate().getId(), plan.getTemplate().getTitle(), plan.getTemplate().getNumber(),
                    plan.getStartedOn(), plan.stepsDone(), plan.stepsOverdue(today), plan.percentDone(),
                    plan.getSteps().stream().map(step -> StepView.of(step, today,
                            !step.isDone() && rolesOfViewer.contains(step.getResponsible()))).toList());
        }
    }

    /**
     * One checklist line.
     *
     * @param canTick whether the viewer holds the step's responsible role and it is not done yet
     */
    public record StepView(long id, int position, String title, StepKind kind, LocalDate dueOn,
                           ResponsibleRole responsible, List<String> itemCodes, String contentLink, boolean done,
                           Instant doneAt, String doneByName, boolean overdue, boolean canTick)
            implements Serializable {
        static StepView of(PlanStep step, LocalDate today, boolean canTick) {
            return new StepView(step.getId(), step.getPosition(), step.getTitle(), step.getKind(), step.getDueOn(),
                    step.getResponsible(), step.getItemCodes(), step.getContentLink(), step.isDone(),
                    step.getDoneAt(), step.getDoneByName(), step.isOverdueOn(today), canTick);
        }
    }
}
