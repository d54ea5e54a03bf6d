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
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.application.onboarding.OnboardingService;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ModelProblem;
import ru.navyk.infrastructure.importing.onboarding.ShippedTemplateReader;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * Installs the ready-made adaptation plan templates the WAR ships whose code the database does not have yet, once
 * the job profiles are installed. A template whose code exists is never overwritten (HR's edits survive upgrades). A
 * broken file is logged with every problem and installs nothing; the portal starts anyway.
 */
@Singleton
@Startup
@DependsOn("JobProfilesOnStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdaptationTemplatesOnStartup {

    private static final Logger LOG = Logger.getLogger(AdaptationTemplatesOnStartup.class.getName());

    @Inject
    private OnboardingService onboarding;

    @Inject
    private ShippedProfileItems profileItems;

    @Inject
    private StartupLock startupLock;

    @PostConstruct
    void installShippedTemplates() {
        try {
            // Under the start-up lease, so two nodes starting together do not both install a missing template.
            startupLock.runAlone("adaptation templates", () -> {
                List<String> installed = onboarding.installShipped(new ShippedTemplateReader(
                        profileItems.itemCodes()).read(ShippedTemplateReader.FILE, shippedFile()));
                if (!installed.isEmpty()) {
                    LOG.info(() -> "Installed the ready-made adaptation templates " + installed);
                }
            });
        } catch (InvalidModelException e) {
            LOG.severe(() -> "The ready-made adaptation templates were not installed:\n" + e.problems().stream()
                    .map(ModelProblem::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The ready-made adaptation templates were not installed", e);
        }
    }

    private static String shippedFile() {
        try (InputStream in = AdaptationTemplatesOnStartup.class.getClassLoader()
                .getResourceAsStream(ShippedTemplateReader.FILE)) {
            if (in == null) {
                throw new IllegalStateException(ShippedTemplateReader.FILE + " is missing from the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
