package ru.navyk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.domain.competency.ModelImportAttempt;

/** The home page: what Navyk is, the current model version, and the latest model imports. */
@Named
@RequestScoped
public class IndexBacking {

    private static final int RECENT_IMPORTS = 5;

    @Inject
    private CompetencyModelService models;

    private ModelSnapshot model;
    private List<ModelImportAttempt> imports;

    @PostConstruct
    void load() {
        model = models.current().orElse(null);
        imports = models.recentImports(RECENT_IMPORTS);
    }

    public ModelSnapshot getModel() {
        return model;
    }

    public int getLaborFunctionCount() {
        return model == null ? 0 : model.laborFunctions().size();
    }

    public int getItemCount() {
        return model == null ? 0 : model.items().size();
    }

    public List<ModelImportAttempt> getImports() {
        return imports;
    }
}
