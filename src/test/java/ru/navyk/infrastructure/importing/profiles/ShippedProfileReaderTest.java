package ru.navyk.infrastructure.importing.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.SnapshotFixtures.generalized;
import static ru.navyk.testsupport.SnapshotFixtures.item;
import static ru.navyk.testsupport.SnapshotFixtures.labor;
import static ru.navyk.testsupport.SnapshotFixtures.model;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.profile.ShippedProfile;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.InvalidModelException;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.competency.ModelProblem;

class ShippedProfileReaderTest {

    private static final ModelSnapshot MODEL = model("Стандарт",
            generalized("A", 3,
                    labor(1, "A/01.3", 3, "Поддержка", item(10, ItemKind.SKILL, "A/01.3/SK01", "Слушать")),
                    labor(4, "A/04.3", 3, "Жалобы", item(40, ItemKind.LABOR_ACTION, "A/04.3/LA01", "Жалобы"))),
            generalized("D", 5, labor(9, "D/03.5", 5, "Обучение",
                    item(90, ItemKind.LABOR_ACTION, "D/03.5/LA02", "Наставничество"))));

    @Test
    void aValidFileGivesEveryProfileWithItsOverrides() {
        List<ShippedProfile> profiles = read("""
                - code: operator
                  title: Оператор колл-центра
                  generalizedFunction: A
                  laborFunctions: [A/01.3, A/04.3]
                  requiredProficiency: 2
                  itemOverrides:
                    A/04.3/LA01: 3
                """);

        assertEquals(1, profiles.size());
        ShippedProfile operator = profiles.get(0);
        assertEquals(List.of("A/01.3", "A/04.3"), operator.laborFunctions());
        assertEquals(Proficiency.INDEPENDENT, operator.required());
        assertEquals(Map.of("A/04.3/LA01", Proficiency.TEACHES_OTHERS), operator.itemOverrides());
    }

    @Test
    void everyProblemIsReportedWithItsLineAndField() {
        InvalidModelException failure = assertThrows(InvalidModelException.class, () -> read("""
                - code: operator
                  title: Оператор
                  generalizedFunction: A
                  laborFunctions: [A/01.3, D/03.5]
                  requiredProficiency: 4
                  itemOverrides:
                    D/03.5/LA02: 3
                - code: operator
                  title: Двойник
                  generalizedFunction: Z
                  laborFunctions: []
                  requiredProficiency: 1
                  colour: red
                """));

        List<String> problems = failure.problems().stream().map(ModelProblem::toString).toList();
        assertTrue(has(problems, 4, "[0].laborFunctions[1]", "not part of generalized function A"), problems::toString);
        assertTrue(has(problems, 5, "[0].requiredProficiency", "between 0 and 3"), problems::toString);
        assertTrue(has(problems, 7, "[0].itemOverrides.D/03.5/LA02", "not an item of the listed"),
                problems::toString);
        assertTrue(has(problems, 8, "[1].code", "used twice"), problems::toString);
        assertTrue(has(problems, 10, "[1].generalizedFunction", "no generalized function «Z»"), problems::toString);
        assertTrue(has(problems, 13, "[1].colour", "unknown field"), problems::toString);
        assertEquals(6, problems.size(), problems::toString);
    }

    private static boolean has(List<String> problems, int line, String path, String detail) {
        return problems.stream().anyMatch(p -> p.contains("line " + line + ",") && p.contains(path) && p.contains(detail));
    }

    private static List<ShippedProfile> read(String yaml) {
        return new ShippedProfileReader(MODEL).read("profiles.yaml", yaml);
    }
}
