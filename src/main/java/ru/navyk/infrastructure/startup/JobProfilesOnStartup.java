package ru.navyk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.application.competency.CompetencyModelService;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.profile.JobProfileService;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ModelProblem;
import ru.navyk.infrastructure.importing.profiles.ShippedProfileReader;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * Installs the ready-made job profiles the WAR ships that the database does not have yet, once a competency model is
 * there. A broken file is logged with every problem and installs nothing; the portal starts anyway.
 */
@Singleton
@Startup
@DependsOn("ModelImportOnStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class JobProfilesOnStartup {

    private static final Logger LOG = Logger.getLogger(JobProfilesOnStartup.class.getName());

    @Inject
    private CompetencyModelService model;

    @Inject
    private JobProfileService profiles;

    @Inject
    private StartupLock startupLock;

    @PostConstruct
    void installShippedProfiles() {
        Optional<ModelSnapshot> current = model.current();
        if (current.isEmpty()) {
            LOG.warning("No competency model yet, so no ready-made job profiles were installed");
            return;
        }
        try {
            // Under the start-up lease, so two nodes starting together do not both install a missing profile.
            startupLock.runAlone("job profiles", () -> {
                List<String> installed = profiles.installShipped(new ShippedProfileReader(current.get())
                        .read(ShippedProfileReader.FILE, shippedFile()));
                if (!installed.isEmpty()) {
                    LOG.info(() -> "Installed the ready-made job profiles " + installed);
                }
            });
        } catch (InvalidModelException e) {
            LOG.severe(() -> "The ready-made job profiles were not installed:\n" + e.problems().stream()
                    .map(ModelProblem::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The ready-made job profiles were not installed", e);
        }
    }

    private static String shippedFile() {
        try (InputStream in = JobProfilesOnStartup.class.getClassLoader()
                .getResourceAsStream(ShippedProfileReader.FILE)) {
            if (in == null) {
                throw new IllegalStateException(ShippedProfileReader.FILE + " is missing from the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
