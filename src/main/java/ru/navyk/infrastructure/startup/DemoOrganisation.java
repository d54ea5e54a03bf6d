package ru.navyk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.probation.ProbationReminders;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.infrastructure.demo.DemoCentre;
import ru.navyk.infrastructure.demo.DemoOnboardingLoader;
import ru.navyk.infrastructure.demo.DemoOrganisationLoader;
import ru.navyk.infrastructure.scheduling.JobRunner;
import ru.navyk.infrastructure.scheduling.ProbationReminderJob;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * With {@code NAVYK_DEMO=true}, loads the demo contact centre into a database that has no person yet; without the
 * flag, or when people exist, nothing demo is created. Runs after the first administrator exists. Like the model
 * import, a failure is logged and does not stop the portal; the loader's transaction leaves nothing half-written.
 */
@Singleton
@Startup
@DependsOn({"AdminBootstrap", "AdaptationTemplatesOnStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoOrganisation {

    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());

    @Inject
    @ConfigProperty(name = "navyk.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private DemoOrganisationLoader loader;

    @Inject
    private DemoOnboardingLoader onboarding;

    @Inject
    private ProbationReminders reminders;

    @Inject
    private StartupLock startupLock;

    @Inject
    private JobRunner jobs;

    @Inject
    private ProbationReminderJob reminderJob;

    @PostConstruct
    void loadIfRequested() {
        if (!demo) {
            return;
        }
        // Under the start-up lease: of two nodes starting together on an empty database, one loads the demo (and its
        // onboarding) and the other then finds people and loads nothing.
        try {
            startupLock.runAlone("demo organisation", this::loadIntoEmptyDatabase);
        } catch (IllegalStateException e) {
            LOG.log(Level.SEVERE, "Navyk demo: the demo organisation was not loaded", e);
        }
    }

    private void loadIntoEmptyDatabase() {
        String accounts = String.join(", ", DemoAccounts.DOCUMENTED.stream().map(DemoAccounts.DemoAccount::username)
                .toList());
        Optional<DemoCentre> loaded;
        try {
            loaded = loader.loadIntoEmptyDatabase();
            loaded.ifPresentOrElse(
                    centre -> LOG.info(() -> "Navyk demo: loaded " + DemoCentre.CENTRE + " (" + centre.people().size()
                            + " people); log in as " + accounts + " with the demo password from README.md, section"
                            + " \"Demo organisation\""),
                    () -> LOG.info(() -> "Navyk demo: the database already has people, so the demo organisation is"
                            + " not loaded again; its accounts, if it was loaded before: " + accounts
                            + " (password in README.md, section \"Demo organisation\")"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Navyk demo: the demo organisation could not be loaded; nothing of it was stored", e);
            return;
        }
        if (loaded.isPresent()) {
            loadOnboarding();
        }
    }

    /**
     * The trainees' plans, probations and mentor's logs, then the reminders they are due (into the inboxes), under the
     * reminder job's lease: another node of a cluster may be running the job at this moment, and both would find the
     * same reminders unsent. When it is, the job sends them.
     */
    private void loadOnboarding() {
        try {
            onboarding.load();
            jobs.register(reminderJob);
            if (jobs.runNowExclusively(reminderJob, reminders::sendDue).isEmpty()) {
                LOG.info("Navyk demo: the probation reminder job is running on another node and sends the demo"
                        + " trainees' reminders");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Navyk demo: the demo trainees' onboarding could not be loaded", e);
        }
    }
}
