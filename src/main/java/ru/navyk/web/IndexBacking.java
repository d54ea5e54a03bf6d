package ru.navyk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.knowledge.AcknowledgementService;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationSummary;
import ru.navyk.domain.competency.ModelImportAttempt;

/**
 * The home page: what Navyk is, for a signed-in person their «новые изменения» (knowledge-base revisions they must
 * acknowledge), the current model version, and the latest model imports.
 */
@Named
@RequestScoped
public class IndexBacking {

    private static final int RECENT_IMPORTS = 5;

    @Inject
    private CompetencyModelService models;

    @Inject
    private AcknowledgementService acknowledgements;

    private ModelSnapshot model;
    private List<ModelImportAttempt> imports;
    private List<ObligationSummary> obligations;

    @PostConstruct
    void load() {
        model = models.current().orElse(null);
        imports = models.recentImports(RECENT_IMPORTS);
        obligations = acknowledgements.myOpenObligations();
    }

    /** The caller's open acknowledgements, earliest deadline first (empty for visitors). */
    public List<ObligationSummary> getObligations() {
        return obligations;
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
