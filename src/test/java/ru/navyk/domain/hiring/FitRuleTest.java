package ru.navyk.domain.hiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.hiring.CandidateFit.ItemStatus;
import ru.navyk.domain.hiring.FitRule.RequiredItem;
import ru.navyk.domain.hiring.FitRule.Requirements;

/** The fit rule as documented on {@link FitRule} and explained to HR on screen. */
class FitRuleTest {

    private static final RequiredItem LISTEN = new RequiredItem(1, "A/01.3/S01", "A/01.3", Proficiency.INDEPENDENT);
    private static final RequiredItem SCRIPT = new RequiredItem(2, "A/01.3/K01", "A/01.3", Proficiency.INDEPENDENT);
    private static final RequiredItem COACH = new RequiredItem(3, "D/03.5/LA02", "D/03.5",
            Proficiency.TEACHES_OTHERS);
    private static final Requirements PROFILE = new Requirements(EducationLevel.SECONDARY_VOCATIONAL, 6,
            List.of(LISTEN, SCRIPT, COACH));

    @Test
    void scoreIsTheShareOfRequiredPointsReachedAndSurplusDoesNotCompensate() {
        CandidateFit fit = FitRule.evaluate(PROFILE, EducationLevel.HIGHER_BACHELOR, 12, Map.of(
                1L, Proficiency.TEACHES_OTHERS, 2L, Proficiency.WITH_HELP, 3L, Proficiency.INDEPENDENT));

        // min(3,2) + min(1,2) + min(2,3) = 2 + 1 + 2 = 5 of 2 + 2 + 3 = 7 → 71 (rounded down)
        assertEquals(5, fit.pointsEarned());
        assertEquals(7, fit.pointsAsked());
        assertEquals(71, fit.score());
        assertEquals(List.of(ItemStatus.MET, ItemStatus.GAP, ItemStatus.GAP),
                fit.items().stream().map(CandidateFit.ItemFit::status).toList());
        assertEquals(List.of(0, 1, 1), fit.items().stream().map(CandidateFit.ItemFit::gap).toList());
    }

    @Test
    void anUncheckedItemIsShownAsSuchAndCountsZero() {
        CandidateFit fit = FitRule.evaluate(PROFILE, EducationLevel.HIGHER_BACHELOR, 12,
                Map.of(1L, Proficiency.INDEPENDENT));

        CandidateFit.ItemFit coach = fit.items().get(2);
        assertNull(coach.rating());
        assertEquals(ItemStatus.NOT_CHECKED, coach.status());
        assertEquals(3, coach.gap());
        assertEquals(1, fit.itemsChecked());
        assertEquals(2, fit.itemsUnchecked());
        assertEquals(2 * 100 / 7, fit.score());
    }

    @Test
    void educationMustReachTheMinimumAndAMissingLevelDoesNot() {
        assertTrue(FitRule.evaluate(PROFILE, EducationLevel.SECONDARY_VOCATIONAL, 6, Map.of()).educationMet());
        assertFalse(FitRule.evaluate(PROFILE, EducationLevel.SECONDARY_GENERAL, 6, Map.of()).educationMet());
        assertFalse(FitRule.evaluate(PROFILE, null, 6, Map.of()).educationMet());
        Requirements noMinimum = new Requirements(null, 0, List.of(LISTEN));
        assertTrue(FitRule.evaluate(noMinimum, null, 0, Map.of()).formalRequirementsMet());
    }

    @Test
    void experienceCountsTheRelevantMonthsAgainstTheRequiredOnes() {
        CandidateFit fiveMonths = FitRule.evaluate(PROFILE, EducationLevel.HIGHER_MASTER, 5, Map.of());
        CandidateFit sixMonths = FitRule.evaluate(PROFILE, EducationLevel.HIGHER_MASTER, 6, Map.of());

        assertFalse(fiveMonths.experienceMet());
        assertFalse(fiveMonths.formalRequirementsMet());
        assertTrue(sixMonths.experienceMet());
        assertTrue(sixMonths.formalRequirementsMet());
    }

    @Test
    void scoresThatRoundAlikeAreRankedByTheirExactValue() {
        List<RequiredItem> many = new ArrayList<>();
        for (long id = 1; id <= 110; id++) {
            many.add(new RequiredItem(id, "I" + id, "A/01.3", Proficiency.INDEPENDENT));
        }
        Requirements large = new Requirements(null, 0, many);
        CandidateFit twoItemsWell = FitRule.evaluate(large, null, 0, Map.of(1L, Proficiency.INDEPENDENT,
                2L, Proficiency.INDEPENDENT));
        CandidateFit threeItemsWithHelp = FitRule.evaluate(large, null, 0, Map.of(1L, Proficiency.WITH_HELP,
                2L, Proficiency.WITH_HELP, 3L, Proficiency.WITH_HELP));

        assertEquals(twoItemsWell.score(), threeItemsWithHelp.score(), "4 and 3 of 220 both round down to 1");
        List<CandidateFit> ranked = new ArrayList<>(List.of(threeItemsWithHelp, twoItemsWell));
        ranked.sort(FitRule.RANKING);
        assertEquals(List.of(twoItemsWell, threeItemsWithHelp), ranked);
    }

    @Test
    void aProfileWithoutRequirementsScoresFull() {
        assertEquals(100, FitRule.evaluate(new Requirements(null, 0, List.of()), null, 0, Map.of()).score());
    }

    @Test
    void rankingPutsFormalRequirementsFirstThenScoreThenFewerUncheckedItems() {
        CandidateFit strongButUnqualified = FitRule.evaluate(PROFILE, EducationLevel.SECONDARY_GENERAL, 24, Map.of(
                1L, Proficiency.TEACHES_OTHERS, 2L, Proficiency.TEACHES_OTHERS, 3L, Proficiency.TEACHES_OTHERS));
        CandidateFit qualifiedHalf = FitRule.evaluate(PROFILE, EducationLevel.HIGHER_BACHELOR, 12, Map.of(
                1L, Proficiency.INDEPENDENT, 2L, Proficiency.NOT_SHOWN, 3L, Proficiency.WITH_HELP));
        CandidateFit qualifiedHalfLessKnown = FitRule.evaluate(PROFILE, EducationLevel.HIGHER_BACHELOR, 12, Map.of(
                1L, Proficiency.INDEPENDENT, 3L, Proficiency.WITH_HELP));
        CandidateFit qualifiedBest = FitRule.evaluate(PROFILE, EducationLevel.HIGHER_BACHELOR, 12, Map.of(
                1L, Proficiency.INDEPENDENT, 2L, Proficiency.INDEPENDENT, 3L, Proficiency.INDEPENDENT));

        List<CandidateFit> ranked = new ArrayList<>(List.of(strongButUnqualified, qualifiedHalfLessKnown,
                qualifiedHalf, qualifiedBest));
        ranked.sort(FitRule.RANKING);

        assertEquals(qualifiedHalf.score(), qualifiedHalfLessKnown.score());
        assertEquals(List.of(qualifiedBest, qualifiedHalf, qualifiedHalfLessKnown, strongButUnqualified), ranked);
    }
}
