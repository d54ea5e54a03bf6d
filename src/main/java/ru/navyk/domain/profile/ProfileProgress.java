package ru.navyk.domain.profile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.ItemKind;

/**
 * How far a person is from a job profile version: per required item, the current proficiency (by
 * {@link ru.navyk.domain.assessment.ProficiencyRule}) against the required one; an item is <b>met</b> when the current
 * proficiency reaches the requirement, and an unrated item counts as {@link Proficiency#NOT_SHOWN}. A labor function's
 * progress is the share of its required items that are met; the profile's, the share of all of them. The gap of an
 * item is how many steps are missing.
 */
public record ProfileProgress(long profileVersionId, List<FunctionProgress> functions) implements Serializable {

    public ProfileProgress {
        functions = List.copyOf(functions);
    }

    public static ProfileProgress of(JobProfileVersion profile, Map<Long, ItemStanding> standings) {
        Map<String, List<ItemProgress>> byFunction = new LinkedHashMap<>();
        for (ProfileRequirement requirement : profile.getRequirements()) {
            CompetencyItem item = requirement.getItem();
            ItemStanding standing = standings.get(item.getId());
            Proficiency current = standing == null ? Proficiency.NOT_SHOWN : standing.current();
            byFunction.computeIfAbsent(item.getLaborFunction().getCode(), code -> new ArrayList<>())
                    .add(new ItemProgress(item.getId(), item.getCode(), item.getKind(), item.getText(),
                            requirement.getRequired(), standing == null ? null : current,
                            standing != null && standing.stale()));
        }
        List<FunctionProgress> functions = new ArrayList<>();
        byFunction.forEach((code, items) -> functions.add(new FunctionProgress(code, items)));
        return new ProfileProgress(profile.getId(), functions);
    }

    public int itemsMet() {
        return functions.stream().mapToInt(FunctionProgress::itemsMet).sum();
    }

    public int itemsRequired() {
        return functions.stream().mapToInt(FunctionProgress::itemsRequired).sum();
    }

    /** Whole percent of required items met, 0 when nothing is required. */
    public int percent() {
        return percent(itemsMet(), itemsRequired());
    }

    static int percent(int met, int required) {
        return required == 0 ? 0 : met * 100 / required;
    }

    /** The items of one labor function, in code order. */
    public record FunctionProgress(String laborFunctionCode, List<ItemProgress> items) implements Serializable {

        public FunctionProgress {
            items = List.copyOf(items);
        }

        public int itemsMet() {
            return (int) items.stream().filter(ItemProgress::met).count();
        }

        public int itemsRequired() {
            return items.size();
        }

        public int percent() {
            return ProfileProgress.percent(itemsMet(), itemsRequired());
        }
    }

    /**
     * @param current the proficiency that counts today, or {@code null} when the item has never been rated
     */
    public record ItemProgress(long itemId, String code, ItemKind kind, String text, Proficiency required,
                               Proficiency current, boolean stale) implements Serializable {

        public boolean met() {
            return current != null && current.meets(required);
        }

        /** Steps missing to the requirement (0 when met). */
        public int gap() {
            int have = current == null ? 0 : current.points();
            return Math.max(0, required.points() - have);
        }
    }
}
