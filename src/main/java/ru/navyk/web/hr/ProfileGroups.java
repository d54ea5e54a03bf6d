package ru.navyk.web.hr;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.application.competency.ModelSnapshot;
import ru.navyk.application.profile.JobProfileViews.RequirementView;

/** A profile version's requirements grouped by labor function, with the function's name from the standard. */
public record ProfileGroups(List<Group> groups) implements Serializable {

    /** One labor function and its required items, in code order. */
    public record Group(String code, String name, List<RequirementView> requirements) implements Serializable {
    }

    static ProfileGroups of(List<RequirementView> requirements, ModelSnapshot model) {
        Map<String, List<RequirementView>> byFunction = new LinkedHashMap<>();
        requirements.forEach(r -> byFunction.computeIfAbsent(r.laborFunctionCode(), c -> new ArrayList<>()).add(r));
        List<Group> groups = new ArrayList<>();
        byFunction.forEach((code, items) -> groups.add(new Group(code, model == null ? "" : model.laborFunction(code)
                .map(ModelSnapshot.LaborFunctionView::name).orElse(""), items)));
        return new ProfileGroups(groups);
    }
}
