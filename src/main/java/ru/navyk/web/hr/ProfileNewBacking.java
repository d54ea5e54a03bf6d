package ru.navyk.web.hr;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.profile.JobProfileEditingService;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.Messages;
import ru.navyk.web.Pages;

/**
 * Serves {@code /hr/profiles/new.xhtml}: a new profile from a generalized function of the standard — its labor
 * functions to cover and a default required proficiency — then on to the draft to adjust item by item.
 */
@Named
@ViewScoped
public class ProfileNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobProfileEditingService editing;

    @Inject
    private CompetencyModelService model;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private String title;
    private String code;
    private String generalizedFunction = "A";
    private List<String> laborFunctions = new ArrayList<>();
    private Proficiency required = Proficiency.INDEPENDENT;

    /** View action: HR and administrators only. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback() && !currentUser.viewer().hasAny(Role.ADMIN, Role.HR)) {
            Pages.notFound();
        }
    }

    public List<GeneralizedFunctionView> getGeneralizedFunctions() {
        return model.current().map(s -> s.generalizedFunctions()).orElse(List.of());
    }

    public List<LaborFunctionView> getLaborFunctionChoices() {
        return model.current().flatMap(s -> s.generalizedFunction(generalizedFunction))
                .map(GeneralizedFunctionView::laborFunctions).orElse(List.of());
    }

    public void functionChanged() {
        laborFunctions = new ArrayList<>();
    }

    public void create() {
        try {
            long draft = editing.createFromFunction(code, title, generalizedFunction, laborFunctions, required);
            Pages.redirect("/hr/profiles/edit.xhtml?version=" + draft);
        } catch (RuleViolationException e) {
            messages.rule("profile", e);
        }
    }

    public Proficiency[] getProficiencies() {
        return Proficiency.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getGeneralizedFunction() {
        return generalizedFunction;
    }

    public void setGeneralizedFunction(String generalizedFunction) {
        this.generalizedFunction = generalizedFunction;
    }

    public List<String> getLaborFunctions() {
        return laborFunctions;
    }

    public void setLaborFunctions(List<String> laborFunctions) {
        this.laborFunctions = laborFunctions == null ? new ArrayList<>() : new ArrayList<>(laborFunctions);
    }

    public Proficiency getRequired() {
        return required;
    }

    public void setRequired(Proficiency required) {
        this.required = required;
    }
}
