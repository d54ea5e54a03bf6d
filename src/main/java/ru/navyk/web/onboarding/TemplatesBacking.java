package ru.navyk.web.onboarding;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.navyk.application.onboarding.OnboardingService;
import ru.navyk.application.onboarding.OnboardingViews.TemplateView;
import ru.navyk.domain.onboarding.ResponsibleRole;
import ru.navyk.domain.onboarding.StepDefinition;
import ru.navyk.domain.onboarding.StepKind;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;

/**
 * Serves {@code /onboarding/templates.xhtml}: the current adaptation plan templates; HR edits one (title and steps)
 * and saves it — as a new version when plans already follow it.
 */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OnboardingService onboarding;

    @Inject
    private Messages messages;

    private List<TemplateView> templates;
    private TemplateView editing;
    private String title;
    private List<StepRow> steps = new ArrayList<>();

    /** One editable line; item codes are typed separated by spaces or commas. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private StepKind kind = StepKind.OTHER;
        private Integer dueDay = 0;
        private ResponsibleRole responsible = ResponsibleRole.TRAINEE;
        private String items;
        private String content;

        static StepRow of(StepDefinition d) {
            StepRow row = new StepRow();
            row.title = d.title();
            row.kind = d.kind();
            row.dueDay = d.dueDay();
            row.responsible = d.responsible();
            row.items = String.join(" ", d.itemCodes());
            row.content = d.contentLink();
            return row;
        }

        StepDefinition definition() {
            return new StepDefinition(title, kind, dueDay == null ? -1 : dueDay, responsible,
                    items == null ? List.of() : Arrays.asList(items.split("[\\s,;]+")), content);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public StepKind getKind() {
            return kind;
        }

        public void setKind(StepKind kind) {
            this.kind = kind;
        }

        public Integer getDueDay() {
            return dueDay;
        }

        public void setDueDay(Integer dueDay) {
            this.dueDay = dueDay;
        }

        public ResponsibleRole getResponsible() {
            return responsible;
        }

        public void setResponsible(ResponsibleRole responsible) {
            this.responsible = responsible;
        }

        public String getItems() {
            return items;
        }

        public void setItems(String items) {
            this.items = items;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }
    }

    /** View action. */
    public void load() {
        if (templates == null) {
            templates = onboarding.templates();
        }
    }

    public void edit(long id) {
        editing = onboarding.template(id);
        title = editing.title();
        steps = new ArrayList<>(editing.steps().stream().map(StepRow::of).toList());
    }

    public void addStep() {
        steps.add(new StepRow());
    }

    public void removeStep(int index) {
        steps.remove(index);
    }

    public void save() {
        try {
            List<StepDefinition> definitions = steps.stream().map(StepRow::definition).toList();
            long saved = onboarding.saveTemplate(editing.id(), editing.version(), title, definitions);
            boolean newVersion = saved != editing.id();
            templates = onboarding.templates();
            edit(saved);
            messages.info(newVersion ? "onboarding.templates.newVersion" : "general.saved", editing.number());
        } catch (RuleViolationException e) {
            messages.rule("template", e);
        } catch (ConcurrentEditException | NotFoundException e) {
            messages.add(null, FacesMessage.SEVERITY_WARN, "general.concurrentEdit");
        }
    }

    public StepKind[] getKinds() {
        return StepKind.values();
    }

    public ResponsibleRole[] getRoles() {
        return ResponsibleRole.values();
    }

    public List<TemplateView> getTemplates() {
        return templates;
    }

    public TemplateView getEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<StepRow> getSteps() {
        return steps;
    }
}
