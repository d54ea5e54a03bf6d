package ru.navyk.domain.development;

import java.util.Collection;
import java.util.Map;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.domain.qualification.HeldLevels;

/**
 * How far a goal is met, read from evidence each time (never stored), so a plan's progress moves by itself when a
 * mentor, a course or a review records new evidence:
 * <ul>
 *   <li>an item goal is met when the item's current proficiency ({@link ru.navyk.domain.assessment.ProficiencyRule})
 *       reaches the target; progress is current points of target points;</li>
 *   <li>a labor-function goal is met when every item of the function reaches the target; progress is the share of
 *       items that do;</li>
 *   <li>a level goal is met when the person holds the function's level by a manager's decision.</li>
 * </ul>
 *
 * @param current for item goals, the proficiency that counts today ({@code null} if never rated)
 */
public record GoalProgress(boolean met, int percent, Proficiency current, int itemsMet, int itemsTotal) {

    public static GoalProgress item(Proficiency target, ItemStanding standing) {
        Proficiency current = standing == null ? null : standing.current();
        int have = current == null ? 0 : current.points();
        int percent = target.points() == 0 ? 100 : Math.min(100, have * 100 / target.points());
        boolean met = current != null && current.meets(target);
        return new GoalProgress(met, percent, current, met ? 1 : 0, 1);
    }

    public static GoalProgress laborFunction(Proficiency target, Collection<Long> itemIds,
                                             Map<Long, ItemStanding> standings) {
        int met = (int) itemIds.stream().map(standings::get)
                .filter(s -> s != null && s.current().meets(target)).count();
        int total = itemIds.size();
        return new GoalProgress(total > 0 && met == total, total == 0 ? 0 : met * 100 / total, null, met, total);
    }

    public static GoalProgress level(HeldLevels held, String functionCode) {
        boolean holds = held.holds(functionCode);
        return new GoalProgress(holds, holds ? 100 : 0, null, holds ? 1 : 0, 1);
    }
}
