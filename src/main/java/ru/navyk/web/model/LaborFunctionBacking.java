package ru.navyk.web.model;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;

/** Serves {@code /model/function.xhtml?code=D/03.5}: one labor function card; an unknown code is a 404. */
@Named
@RequestScoped
public class LaborFunctionBacking {

    @Inject
    private CompetencyModelService models;

    private String code;
    private LaborFunctionView function;
    private GeneralizedFunctionView generalized;

    /** View action: loads the function or answers 404. */
    public void load() throws IOException {
        ModelSnapshot model = models.current().orElse(null);
        function = model == null || code == null ? null : model.laborFunction(code.strip()).orElse(null);
        if (function == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
            return;
        }
        generalized = model.generalizedFunction(function.generalizedCode()).orElseThrow();
    }

    /** What the card prints where Navyk decided otherwise, for the errata note. */
    public String getPrinted() {
        return ModelTexts.printed(function.printedCode(), function.printedLevel(), function.printedName(),
                function.printedHeading());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LaborFunctionView getFunction() {
        return function;
    }

    public GeneralizedFunctionView getGeneralized() {
        return generalized;
    }
}
