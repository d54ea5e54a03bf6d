package ru.navyk.infrastructure.importing.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.navyk.application.onboarding.ShippedTemplate;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ModelProblem;
import ru.navyk.domain.onboarding.ResponsibleRole;
import ru.navyk.domain.onboarding.StepKind;

class ShippedTemplateReaderTest {

    private static final Pattern ITEM = Pattern.compile("code: ([A-E]/\\d\\d\\.\\d/(?:LA|SK|KN)\\d\\d)");

    @Test
    void theShippedTemplatesReadCleanlyAgainstTheShippedProfiles() throws IOException {
        List<ShippedTemplate> templates = reader().read(ShippedTemplateReader.FILE,
                Files.readString(Path.of(ShippedTemplateReader.FILE), StandardCharsets.UTF_8));

        assertEquals(List.of("operator-adaptation", "team-lead-adaptation"),
                templates.stream().map(ShippedTemplate::code).toList());
        ShippedTemplate operator = templates.get(0);
        assertEquals("operator", operator.jobProfileCode());
        assertTrue(operator.steps().stream().anyMatch(s -> s.kind() == StepKind.SHADOW
                && s.responsible() == ResponsibleRole.MENTOR));
        assertTrue(operator.steps().stream().map(s -> s.responsible()).collect(Collectors.toSet())
                .containsAll(Set.of(ResponsibleRole.values())), "every role has something to tick");
    }

    @Test
    void everyProblemIsReportedWithLineAndField() {
        String broken = """
                - code: Bad Code
                  jobProfile: operator
                  title: План
                  steps:
                    - title: Шаг
                      kind: DANCE
                      dueDay: 400
                      responsible: TRAINEE
                      items: [A/01.3/LA01, Z/99.9/LA01]
                - code: other
                  jobProfile: nobody
                  title: Другой
                  steps: []
                """;

        InvalidModelException e = assertThrows(InvalidModelException.class, () -> reader().read("t.yaml", broken));

        List<String> where = e.problems().stream().map(p -> p.line() + " " + p.path()).toList();
        assertTrue(where.contains("1 [0].code"), where.toString());
        assertTrue(where.contains("6 [0].steps[0].kind"), where.toString());
        assertTrue(where.contains("7 [0].steps[0].dueDay"), where.toString());
        assertTrue(where.contains("9 [0].steps[0].items[1]"), where.toString());
        assertTrue(where.contains("11 [1].jobProfile"), where.toString());
        assertTrue(e.problems().stream().map(ModelProblem::file).allMatch("t.yaml"::equals));
    }

    /** The item codes of the shipped operator and team-lead profiles, read from the competency model files. */
    private static ShippedTemplateReader reader() {
        try {
            return new ShippedTemplateReader(Map.of(
                    "operator", itemsOf("A", "A/01.3", "A/02.3", "A/03.3", "A/04.3"),
                    "team-lead", itemsOf("D", "D/01.5", "D/02.5", "D/03.5", "D/04.5", "D/05.5")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> itemsOf(String function, String... laborFunctions) throws IOException {
        String text = Files.readString(Path.of("competency-model/functions/" + function + ".yaml"));
        Matcher matcher = ITEM.matcher(text);
        Set<String> codes = new java.util.HashSet<>();
        while (matcher.find()) {
            for (String lf : laborFunctions) {
                if (matcher.group(1).startsWith(lf + "/")) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }
}
