package ru.navyk.application.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.navyk.domain.competency.ModelImportAttempt.Outcome;
import ru.navyk.domain.competency.ModelVersion;
import ru.navyk.domain.competency.definition.GeneralizedFunctionDefinition;
import ru.navyk.domain.competency.definition.ItemDefinition;
import ru.navyk.domain.competency.definition.LaborFunctionDefinition;
import ru.navyk.domain.competency.definition.StandardDefinition;
import ru.navyk.infrastructure.importing.model.ClasspathModelFiles;
import ru.navyk.infrastructure.importing.model.DirectoryModelFiles;
import ru.navyk.infrastructure.importing.model.YamlModelReader;
import ru.navyk.testsupport.Deployments;

/**
 * Importing the competency model inside the real WAR on Payara Micro, against the real (Derby) database: versions,
 * no-op re-imports, and nothing half-written when files or the database refuse.
 */
@ExtendWith(ArquillianExtension.class)
class CompetencyModelIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWith(CompetencyModelIT.class);
    }

    @Inject
    private CompetencyModelImportService importer;

    @Inject
    private CompetencyModelService models;

    @Inject
    private ModelVersionWriter writer;

    @Resource(lookup = "java:app/jdbc/navyk")
    private DataSource dataSource;

    @Test
    void theShippedModelIsServedAfterStartup() {
        ModelSnapshot model = models.current().orElseThrow();

        assertEquals(5, model.generalizedFunctions().size());
        assertEquals(19, model.laborFunctions().size());
        assertEquals(448, model.items().size());
        assertTrue(model.laborFunction("D/03.5").orElseThrow().laborActions().stream()
                .anyMatch(item -> item.text().startsWith("Организация процесса наставничества")));
    }

    @Test
    void reimportingUnchangedFilesWritesNothing() throws SQLException, IOException {
        Path folder = copyOfShippedModel();
        importer.importModel(new DirectoryModelFiles(folder));
        long versions = count("model_version");
        long items = count("competency_item");

        ModelImportResult result = importer.importModel(new DirectoryModelFiles(folder));

        assertEquals(Outcome.UNCHANGED, result.outcome());
        assertEquals(versions, count("model_version"));
        assertEquals(items, count("competency_item"));
    }

    @Test
    void changedFilesBecomeANewVersionAndTheOldOneStaysAsItWas() throws Exception {
        Path folder = copyOfShippedModel();
        importer.importModel(new DirectoryModelFiles(folder));
        ModelSnapshot before = models.current().orElseThrow();
        String oldText = before.laborFunction("A/01.3").orElseThrow().skills().get(2).text();
        replaceInFile(folder.resolve("functions/A.yaml"), oldText, oldText + " (редакция Навыка)");

        ModelImportResult result = importer.importModel(new DirectoryModelFiles(folder));

        assertEquals(Outcome.IMPORTED, result.outcome(), result.message());
        ModelSnapshot after = models.current().orElseThrow();
        assertEquals(before.versionNumber() + 1, after.versionNumber());
        assertEquals(oldText + " (редакция Навыка)", after.laborFunction("A/01.3").orElseThrow().skills().get(2)
                .text());
        ModelSnapshot old = models.snapshotOf(before.versionId());
        assertEquals(oldText, old.itemsByCode().get("A/01.3/SK03").text());
        assertEquals(before.itemsByCode().get("A/01.3/SK03").id(), old.itemsByCode().get("A/01.3/SK03").id());
    }

    @Test
    void invalidFilesImportNothingAndThePortalKeepsServingItsVersion() throws Exception {
        Path folder = copyOfShippedModel();
        replaceInFile(folder.resolve("functions/B.yaml"), "  - code: B/02.4", "  - code: B/01.4");
        long versions = count("model_version");
        long items = count("competency_item");
        long servedVersion = models.current().orElseThrow().versionId();

        ModelImportResult result = importer.importModel(new DirectoryModelFiles(folder));

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.problems().stream().anyMatch(p -> p.file().equals("functions/B.yaml") && p.line() > 0
                && p.path().equals("laborFunctions[1].code") && p.detail().contains("duplicate code B/01.4")),
                result.problems().toString());
        assertEquals(versions, count("model_version"));
        assertEquals(items, count("competency_item"));
        assertEquals(servedVersion, models.current().orElseThrow().versionId());
        assertEquals(Outcome.FAILED, models.recentImports(1).get(0).getOutcome());
        assertTrue(models.recentImports(1).get(0).getMessage().contains("functions/B.yaml"));
    }

    @Test
    void aDatabaseFailureHalfwayRollsBackTheWholeVersion() throws Exception {
        StandardDefinition valid = new YamlModelReader().read(
                new ClasspathModelFiles(CompetencyModelIT.class.getClassLoader()));
        StandardDefinition tooLongLastItem = withLastItemText(valid, "я".repeat(ModelVersion.LONG_TEXT + 1));
        long versions = count("model_version");
        long functions = count("generalized_function");
        long items = count("competency_item");

        assertThrows(RuntimeException.class,
                () -> writer.write(tooLongLastItem, "f".repeat(64), "test", Instant.now()));

        assertEquals(versions, count("model_version"));
        assertEquals(functions, count("generalized_function"));
        assertEquals(items, count("competency_item"));
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Path copyOfShippedModel() throws IOException {
        ClasspathModelFiles shipped = new ClasspathModelFiles(CompetencyModelIT.class.getClassLoader());
        Path folder = Files.createTempDirectory("navyk-model");
        Files.createDirectories(folder.resolve("functions"));
        List<String> paths = new ArrayList<>(shipped.functionFiles());
        paths.add("standard.yaml");
        for (String path : paths) {
            Files.writeString(folder.resolve(path), shipped.read(path).orElseThrow(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static void replaceInFile(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " lacks «" + from + "»");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static StandardDefinition withLastItemText(StandardDefinition standard, String text) {
        List<GeneralizedFunctionDefinition> functions = new ArrayList<>(standard.generalizedFunctions());
        GeneralizedFunctionDefinition last = functions.remove(functions.size() - 1);
        List<LaborFunctionDefinition> labor = new ArrayList<>(last.laborFunctions());
        LaborFunctionDefinition lastLabor = labor.remove(labor.size() - 1);
        List<ItemDefinition> knowledge = new ArrayList<>(lastLabor.knowledge());
        ItemDefinition item = knowledge.remove(knowledge.size() - 1);
        knowledge.add(new ItemDefinition(item.kind(), item.code(), item.position(), text, item.textEn()));
        labor.add(new LaborFunctionDefinition(lastLabor.code(), lastLabor.level(), lastLabor.section(),
                lastLabor.name(), lastLabor.nameEn(), lastLabor.asPrinted(), lastLabor.laborActions(),
                lastLabor.skills(), knowledge, lastLabor.otherCharacteristics()));
        functions.add(new GeneralizedFunctionDefinition(last.code(), last.level(), last.section(), last.name(),
                last.nameEn(), last.origin(), last.jobTitles(), last.educationRequirements(),
                last.experienceRequirements(), last.specialConditions(), last.otherCharacteristics(),
                last.classifications(), last.requirements(), last.asPrinted(), labor));
        return new StandardDefinition(standard.formatVersion(), standard.key(), standard.title(), standard.titleEn(),
                standard.approval(), standard.registrationNumber(), standard.activityKind(), standard.mainPurpose(),
                standard.occupationGroups(), standard.okvedCodes(), standard.okvedName(), functions);
    }
}
