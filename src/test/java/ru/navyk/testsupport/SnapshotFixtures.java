package ru.navyk.testsupport;

import java.time.Instant;
import java.util.List;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.ItemView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;
import ru.navyk.domain.competency.ItemKind;

/** Small model snapshots for unit tests of what reads the model (search, shipped profiles). */
public final class SnapshotFixtures {

    private SnapshotFixtures() {
    }

    public static ModelSnapshot model(String title, GeneralizedFunctionView... functions) {
        return new ModelSnapshot(1, 1, Instant.EPOCH, "key", title, null, null, null, null, null, null, List.of(),
                List.of(functions));
    }

    public static GeneralizedFunctionView generalized(String code, int level, LaborFunctionView... functions) {
        return new GeneralizedFunctionView(code, level, "3.1", "ОТФ " + code, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null,
                List.of(functions));
    }

    public static LaborFunctionView labor(long id, String code, int level, String name, ItemView... items) {
        return new LaborFunctionView(id, code, code.substring(0, 1), level, "3.1.1", name, null, null, null, null,
                null, List.of(), List.of(items));
    }

    public static ItemView item(long id, ItemKind kind, String code, String text) {
        return new ItemView(id, kind, code, 1, text, null);
    }
}
