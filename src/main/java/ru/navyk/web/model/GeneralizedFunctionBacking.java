package ru.navyk.web.model;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;

/** Serves {@code /model/generalized.xhtml?code=D}: one generalized labor function card; an unknown code is a 404. */
@Named
@RequestScoped
public class GeneralizedFunctionBacking {

    @Inject
    private CompetencyModelService models;

    private String code;
    private GeneralizedFunctionView function;

    /** View action: loads the function or answers 404. */
    public void load() throws IOException {
        function = code == null ? null
                : models.current().flatMap(model -> model.generalizedFunction(code.strip())).orElse(null);
        if (function == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

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

    public GeneralizedFunctionView getFunction() {
        return function;
    }
}
