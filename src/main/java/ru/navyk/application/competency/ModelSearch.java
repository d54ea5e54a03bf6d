package ru.navyk.application.competency;

import java.util.ArrayList;
import java.util.List;
import ru.navyk.application.competency.ModelSnapshot.GeneralizedFunctionView;
import ru.navyk.application.competency.ModelSnapshot.ItemView;
import ru.navyk.application.competency.ModelSnapshot.LaborFunctionView;

/**
 * Filters a model snapshot for the browser. A labor function is shown when it fits the level and either its code or
 * name contains the text or at least one of its items (of the chosen kinds) does; then its matching items are shown,
 * or all its items of the chosen kinds when the function itself matched.
 */
public final class ModelSearch {

    private ModelSearch() {
    }

    /** A generalized function with the labor functions that matched. */
    public record GeneralizedMatch(GeneralizedFunctionView function, List<LaborMatch> laborFunctions) {
    }

    /** A labor function that matched, with the items to show. */
    public record LaborMatch(LaborFunctionView function, boolean functionMatched, List<ItemView> items) {
    }

    /** The matches, grouped by generalized function in the standard's order. */
    public record Result(List<GeneralizedMatch> functions, int laborFunctionCount, int itemCount) {

        public boolean isEmpty() {
            return functions.isEmpty();
        }
    }

    public static Result search(ModelSnapshot model, ModelQuery query) {
        String needle = query.normalizedText();
        List<GeneralizedMatch> groups = new ArrayList<>();
        int laborCount = 0;
        int itemCount = 0;
        for (GeneralizedFunctionView gf : model.generalizedFunctions()) {
            List<LaborMatch> matches = new ArrayList<>();
            for (LaborFunctionView lf : gf.laborFunctions()) {
                if (query.level() != null && lf.level() != query.level()) {
                    continue;
                }
                List<ItemView> ofKinds = lf.items().stream().filter(i -> query.allows(i.kind())).toList();
                boolean functionMatched = !needle.isEmpty()
                        && (contains(lf.code(), needle) || contains(lf.name(), needle)
                        || contains(gf.code() + " " + gf.name(), needle));
                List<ItemView> shown = needle.isEmpty() || functionMatched ? ofKinds
                        : ofKinds.stream().filter(i -> contains(i.text(), needle) || contains(i.code(), needle))
                        .toList();
                if (!needle.isEmpty() && !functionMatched && shown.isEmpty()) {
                    continue;
                }
                matches.add(new LaborMatch(lf, functionMatched, shown));
                laborCount++;
                itemCount += shown.size();
            }
            if (!matches.isEmpty()) {
                groups.add(new GeneralizedMatch(gf, matches));
            }
        }
        return new Result(groups, laborCount, itemCount);
    }

    private static boolean contains(String haystack, String normalizedNeedle) {
        return haystack != null && ModelQuery.normalize(haystack).contains(normalizedNeedle);
    }
}
