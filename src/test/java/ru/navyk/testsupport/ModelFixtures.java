package ru.navyk.testsupport;

import java.lang.reflect.Field;
import java.time.Instant;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.competency.ItemKind;
import ru.navyk.domain.competency.LaborFunction;
import ru.navyk.domain.competency.ModelVersion;

/**
 * A small competency model in memory, with ids as the database would give them, for unit tests of rules that read
 * entities (evidence, profiles).
 */
public final class ModelFixtures {

    public final ModelVersion version = withId(new ModelVersion(1, "key", "Стандарт", "hash", "test",
            Instant.EPOCH), 1L);
    public final GeneralizedFunction a = withId(new GeneralizedFunction(version, "A", 1, 3, "3.1", "Обработка"), 1L);
    public final LaborFunction a01 = withId(new LaborFunction(a, "A/01.3", 1, 3, "3.1.1", "Поддержка"), 1L);
    public final LaborFunction a04 = withId(new LaborFunction(a, "A/04.3", 4, 3, "3.1.4", "Жалобы"), 4L);
    public final CompetencyItem listen = item(a01, ItemKind.SKILL, 1, 101L);
    public final CompetencyItem script = item(a01, ItemKind.KNOWLEDGE, 1, 102L);
    public final CompetencyItem complaint = item(a04, ItemKind.LABOR_ACTION, 1, 401L);

    private static CompetencyItem item(LaborFunction function, ItemKind kind, int position, long id) {
        return withId(new CompetencyItem(function, kind, "%s/%s%02d".formatted(function.getCode(), kind.tag(),
                position), position, "Элемент " + id, null), id);
    }

    /** Sets the surrogate id a test needs and the database would otherwise assign. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
