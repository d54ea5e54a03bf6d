package ru.navyk.infrastructure.importing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.competency.ModelProblem;
import ru.navyk.domain.competency.definition.GeneralizedFunctionDefinition;
import ru.navyk.domain.competency.definition.LaborFunctionDefinition;
import ru.navyk.domain.competency.definition.StandardDefinition;

class YamlModelReaderTest {

    @TempDir
    Path temp;

    private StandardDefinition readRepositoryModel() throws IOException {
        return new YamlModelReader().read(new DirectoryModelFiles(ModelFolder.REPOSITORY_MODEL));
    }

    @Test
    void readsTheWholeStandardInItsOrder() throws IOException {
        StandardDefinition standard = readRepositoryModel();

        assertEquals(List.of("A", "B", "C", "D", "E"),
                standard.generalizedFunctions().stream().map(GeneralizedFunctionDefinition::code).toList());
        assertEquals(List.of(3, 4, 4, 5, 6),
                standard.generalizedFunctions().stream().map(GeneralizedFunctionDefinition::level).toList());
        assertEquals(List.of("A/01.3", "A/02.3", "A/03.3", "A/04.3", "B/01.4", "B/02.4", "B/03.4", "C/01.4",
                        "C/02.4", "C/03.4", "D/01.5", "D/02.5", "D/03.5", "D/04.5", "D/05.5", "E/01.6", "E/02.6",
                        "E/03.6", "E/04.6"),
                laborFunctions(standard).stream().map(LaborFunctionDefinition::code).toList());
        assertEquals(448, standard.itemCount());
        assertEquals("contact-centre-specialist", standard.key());
    }

    @Test
    void keepsWhatTheCardPrintsWhereNavykCorrectedIt() throws IOException {
        StandardDefinition standard = readRepositoryModel();

        LaborFunctionDefinition complaints = laborFunction(standard, "A/04.3");
        assertEquals("A/03", complaints.asPrinted().code());
        LaborFunctionDefinition control = laborFunction(standard, "E/03.6");
        assertEquals(6, control.level());
        assertEquals(5, control.asPrinted().level());
        assertEquals(5, laborFunction(standard, "E/04.6").asPrinted().level());
    }

    @Test
    void findsMentoringUnderD035() throws IOException {
        LaborFunctionDefinition d035 = laborFunction(readRepositoryModel(), "D/03.5");

        assertTrue(d035.laborActions().stream()
                .anyMatch(item -> item.text().startsWith("Организация процесса наставничества")));
        assertEquals(ItemKind.LABOR_ACTION, d035.laborActions().get(0).kind());
        assertEquals("D/03.5/LA01", d035.laborActions().get(0).code());
    }

    @Test
    void codesUseLatinLettersOnly() throws IOException {
        Predicate<String> latin = code -> code.chars().noneMatch(c -> Character.UnicodeBlock.of(c)
                == Character.UnicodeBlock.CYRILLIC);
        StandardDefinition standard = readRepositoryModel();
        for (LaborFunctionDefinition lf : laborFunctions(standard)) {
            assertTrue(latin.test(lf.code()), lf.code());
            lf.items().forEach(item -> assertTrue(latin.test(item.code()), item.code()));
        }
    }

    @Test
    void everyItemIsTheStandardsTextVerbatimAndInItsOrder() throws IOException {
        String source = java.nio.file.Files.readString(
                ModelFolder.REPOSITORY_MODEL.resolve("source/professional-standard.txt"));
        for (LaborFunctionDefinition lf : laborFunctions(readRepositoryModel())) {
            int cardStart = source.indexOf("\n" + lf.section() + " Трудовая функция");
            assertTrue(cardStart > 0, "card §" + lf.section() + " not found in the source");
            int position = cardStart;
            for (var item : lf.items()) {
                int at = source.indexOf(item.text(), position);
                assertTrue(at > 0, item.code() + " is not verbatim (or out of order) in §" + lf.section()
                        + ": " + item.text());
                position = at + item.text().length();
            }
        }
    }

    @Test
    void brokenSyntaxNamesFileAndLine() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("functions/B.yaml", "section: \"3.2\"", "section: \"3.2");

        ModelProblem problem = onlyProblem(model);

        assertEquals("functions/B.yaml", problem.file());
        assertTrue(problem.line() > 0, "line is given");
        assertTrue(problem.detail().contains("broken YAML syntax"), problem.detail());
    }

    @Test
    void duplicateCodeIsReportedWhereItRepeats() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        int line = model.lineOf("functions/A.yaml", "  - code: A/02.3");
        model.replaceFirst("functions/A.yaml", "  - code: A/02.3", "  - code: A/01.3");

        List<ModelProblem> problems = problems(model);

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("functions/A.yaml") && p.line() == line
                        && p.path().equals("laborFunctions[1].code") && p.detail().contains("duplicate code A/01.3")),
                problems.toString());
    }

    @Test
    void emptyItemTextNamesTheField() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        String text = "text: \"Работать с большим массивом информационных данных\"";
        int line = model.lineOf("functions/A.yaml", text);
        model.replaceFirst("functions/A.yaml", text, "text: \"\"");

        ModelProblem problem = onlyProblem(model);

        assertEquals(new ModelProblem("functions/A.yaml", line, "laborFunctions[0].skills[2].text",
                "the text is empty"), problem);
        assertTrue(problem.toString().startsWith("functions/A.yaml, line " + line
                + ", field laborFunctions[0].skills[2].text"), problem.toString());
    }

    @Test
    void missingItemTextIsReported() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("functions/C.yaml", ", text: \"", ", txt: \"");

        List<ModelProblem> problems = problems(model);

        assertTrue(problems.stream().anyMatch(p -> p.path().equals("laborFunctions[0].laborActions[0].text")
                && p.detail().equals("required field is missing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("laborFunctions[0].laborActions[0].txt")
                && p.detail().startsWith("unknown field")), problems.toString());
    }

    @Test
    void labourFunctionOfAnUnknownGeneralizedFunctionIsRefused() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("functions/A.yaml", "  - code: A/03.3", "  - code: F/03.3");

        List<ModelProblem> problems = problems(model);

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("functions/A.yaml")
                && p.detail().contains("unknown generalized function F")), problems.toString());
    }

    @Test
    void listedFunctionWithoutFileAndFileNotListedAreBothReported() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("standard.yaml", "generalizedFunctions: [A, B, C, D, E]",
                "generalizedFunctions: [A, B, C, D, F]");

        List<ModelProblem> problems = problems(model);

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("functions/F.yaml")
                && p.detail().contains("missing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("functions/E.yaml")
                && p.detail().contains("unknown function")), problems.toString());
    }

    @Test
    void levelThatContradictsTheCodeIsRefused() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("functions/B.yaml", "  - code: B/02.4\n    level: 4", "  - code: B/02.4\n    level: 5");

        List<ModelProblem> problems = problems(model);

        assertTrue(problems.stream().anyMatch(p -> p.path().equals("laborFunctions[1].code")
                && p.detail().contains("the code says level 4 but field level is 5")), problems.toString());
    }

    @Test
    void itemCodeMustFitItsPlace() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("functions/A.yaml", "{code: A/01.3/SK02,", "{code: A/01.3/SK12,");

        List<ModelProblem> problems = problems(model);

        assertTrue(problems.stream().anyMatch(p -> p.path().equals("laborFunctions[0].skills[1].code")
                && p.detail().contains("expected A/01.3/SK02")), problems.toString());
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("functions/A.yaml", "text: \"Работать с большим массивом информационных данных\"",
                "text: \"\"");
        model.replaceFirst("functions/E.yaml", "level: 6", "level: 60");

        List<ModelProblem> problems = problems(model);

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("functions/A.yaml")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("functions/E.yaml")
                && p.detail().contains("between 1 and 9")), problems.toString());
    }

    @Test
    void textTooLongForTheDatabaseIsRefusedBeforeWriting() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("functions/A.yaml", "text: \"Работать с большим массивом информационных данных\"",
                "text: \"" + "я".repeat(4001) + "\"");

        ModelProblem problem = onlyProblem(model);

        assertEquals("laborFunctions[0].skills[2].text", problem.path());
        assertTrue(problem.detail().contains("longer than 4000"), problem.detail());
    }

    @Test
    void newerFormatIsRefusedRatherThanGuessed() {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        model.replaceFirst("standard.yaml", "formatVersion: 1", "formatVersion: 2");

        ModelProblem problem = onlyProblem(model);

        assertEquals("formatVersion", problem.path());
    }

    @Test
    void anUnchangedModelHasAStableFingerprintAndAnyEditChangesIt() throws IOException {
        ModelFolder model = ModelFolder.copyOfRepositoryModel(temp);
        String before = ModelFingerprint.of(model.files());
        assertEquals(before, ModelFingerprint.of(new DirectoryModelFiles(ModelFolder.REPOSITORY_MODEL)));

        model.replaceFirst("functions/C.yaml", "nameEn: \"", "nameEn: \" ");

        assertFalse(before.equals(ModelFingerprint.of(model.files())));
    }

    private static List<ModelProblem> problems(ModelFolder model) {
        return assertThrows(InvalidModelException.class, () -> new YamlModelReader().read(model.files()))
                .problems();
    }

    private static ModelProblem onlyProblem(ModelFolder model) {
        List<ModelProblem> problems = problems(model);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static List<LaborFunctionDefinition> laborFunctions(StandardDefinition standard) {
        return standard.generalizedFunctions().stream().flatMap(gf -> gf.laborFunctions().stream()).toList();
    }

    private static LaborFunctionDefinition laborFunction(StandardDefinition standard, String code) {
        return laborFunctions(standard).stream().filter(lf -> lf.code().equals(code)).findFirst().orElseThrow();
    }
}
