package ru.navyk.application.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.SnapshotFixtures.generalized;
import static ru.navyk.testsupport.SnapshotFixtures.item;
import static ru.navyk.testsupport.SnapshotFixtures.labor;
import static ru.navyk.testsupport.SnapshotFixtures.model;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.navyk.application.competency.ModelSnapshot.ItemView;
import ru.navyk.domain.competency.ItemKind;

class ModelSearchTest {

    private static final ModelSnapshot MODEL = model("Стандарт",
            generalized("A", 3, labor(1, "A/01.3", 3, "Информационно-справочная поддержка клиентов",
                    item(10, ItemKind.LABOR_ACTION, "A/01.3/LA01", "Обработка входящих контактов"),
                    item(11, ItemKind.SKILL, "A/01.3/SK01", "Использовать техники активного слушания"),
                    item(12, ItemKind.KNOWLEDGE, "A/01.3/KN01", "Правила делового общения"))),
            generalized("D", 5, labor(2, "D/03.5", 5, "Обучение и мотивация специалистов",
                    item(20, ItemKind.LABOR_ACTION, "D/03.5/LA02", "Организация процесса НАСТАВНИЧЕСТВА в группе"),
                    item(21, ItemKind.SKILL, "D/03.5/SK01", "Проводить обучение"),
                    item(22, ItemKind.KNOWLEDGE, "D/03.5/KN01", "Методы наставничества и обучения взрослых"))));

    @Test
    void withoutQueryEverythingIsShown() {
        ModelSearch.Result result = ModelSearch.search(MODEL, ModelQuery.ALL);

        assertEquals(2, result.laborFunctionCount());
        assertEquals(6, result.itemCount());
        assertFalse(ModelQuery.ALL.isNarrowed());
    }

    @Test
    void textMatchesItemsCaseInsensitivelyAndKeepsOnlyTheirFunctions() {
        ModelSearch.Result result = ModelSearch.search(MODEL, new ModelQuery("наставнич", null, Set.of()));

        assertEquals(1, result.functions().size());
        ModelSearch.LaborMatch match = result.functions().get(0).laborFunctions().get(0);
        assertEquals("D/03.5", match.function().code());
        assertFalse(match.functionMatched());
        assertEquals(List.of("D/03.5/LA02", "D/03.5/KN01"), match.items().stream().map(ItemView::code).toList());
    }

    @Test
    void yoAndYeAreTheSameLetter() {
        ModelSnapshot model = model("t", generalized("A", 3, labor(1, "A/01.3", 3, "Функция",
                item(1, ItemKind.SKILL, "A/01.3/SK01", "Учитывать ещё и всё остальное"))));

        assertEquals(1, ModelSearch.search(model, new ModelQuery("ЕЩЕ", null, Set.of())).itemCount());
        assertEquals(1, ModelSearch.search(model, new ModelQuery("всё", null, Set.of())).itemCount());
    }

    @Test
    void levelAndKindFiltersNarrowTheTree() {
        ModelSearch.Result level5Skills = ModelSearch.search(MODEL, new ModelQuery("", 5, Set.of(ItemKind.SKILL)));

        assertEquals(1, level5Skills.laborFunctionCount());
        assertEquals(List.of("D/03.5/SK01"), level5Skills.functions().get(0).laborFunctions().get(0).items()
                .stream().map(ItemView::code).toList());
    }

    @Test
    void aMatchingFunctionNameShowsAllItsItemsOfTheChosenKinds() {
        ModelSearch.Result result = ModelSearch.search(MODEL, new ModelQuery("мотивация", null,
                Set.of(ItemKind.KNOWLEDGE)));

        ModelSearch.LaborMatch match = result.functions().get(0).laborFunctions().get(0);
        assertTrue(match.functionMatched());
        assertEquals(List.of("D/03.5/KN01"), match.items().stream().map(ItemView::code).toList());
    }

    @Test
    void codesAreSearchableToo() {
        assertEquals(1, ModelSearch.search(MODEL, new ModelQuery("a/01.3/sk01", null, Set.of())).itemCount());
    }

    @Test
    void noMatchGivesAnEmptyResult() {
        ModelSearch.Result result = ModelSearch.search(MODEL, new ModelQuery("бухгалтерия", null, Set.of()));

        assertTrue(result.isEmpty());
        assertEquals(0, result.itemCount());
    }
}
