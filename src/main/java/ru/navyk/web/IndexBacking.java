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
import ru.navyk.application.notification.NotificationService;
import ru.navyk.domain.competency.ModelImportAttempt;
import ru.navyk.domain.notification.Notification;

/**
 * The home page: what Navyk is, for a signed-in person their «новые изменения» (knowledge-base revisions they must
 * acknowledge) and latest notifications, the current model version, and the latest model imports.
 */
@Named
@RequestScoped
public class IndexBacking {

    private static final int RECENT_IMPORTS = 5;

    @Inject
    private CompetencyModelService models;

    private static final int RECENT_NOTIFICATIONS = 5;

    @Inject
    private AcknowledgementService acknowledgements;

    @Inject
    private NotificationService notifications;

    private ModelSnapshot model;
    private List<ModelImportAttempt> imports;
    private List<ObligationSummary> obligations;
    private List<Notification> inbox;

    @PostConstruct
    void load() {
        model = models.current().orElse(null);
        imports = models.recentImports(RECENT_IMPORTS);
        obligations = acknowledgements.myOpenObligations();
        inbox = recentInbox();
    }

    private List<Notification> recentInbox() {
        List<Notification> all = notifications.myInboxIfSignedIn();
        return all.subList(0, Math.min(all.size(), RECENT_NOTIFICATIONS));
    }

    /** The caller's open acknowledgements, earliest deadline first (empty for visitors). */
    public List<ObligationSummary> getObligations() {
        return obligations;
    }

    public List<Notification> getInbox() {
        return inbox;
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
