package ru.navyk.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.testsupport.ModelFixtures;

class ProficiencyRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final ModelFixtures model = new ModelFixtures();
    private final Person person = new Person("Кузнецов", "Алексей", null, "a@example.ru", LocalDate.of(2025, 1, 1));
    private long nextId = 1;

    @Test
    void theMostRecentRatingCountsEvenWhenItIsLower() {
        Evidence older = rating(model.listen, Proficiency.TEACHES_OTHERS, TODAY.minusMonths(3), 0);
        Evidence newer = rating(model.listen, Proficiency.WITH_HELP, TODAY.minusMonths(1), 0);

        ItemStanding standing = ProficiencyRule.standings(List.of(older, newer), TODAY).get(model.listen.getId());

        assertEquals(Proficiency.WITH_HELP, standing.current());
        assertSame(newer, standing.latest());
    }

    @Test
    void onTheSameDayTheLaterRecordedRatingCounts() {
        Evidence first = rating(model.listen, Proficiency.INDEPENDENT, TODAY, 0);
        Evidence second = rating(model.listen, Proficiency.WITH_HELP, TODAY, 60);

        assertEquals(Proficiency.WITH_HELP,
                ProficiencyRule.standings(List.of(second, first), TODAY).get(model.listen.getId()).current());
    }

    @Test
    void eachItemHasItsOwnStanding() {
        Map<Long, ItemStanding> standings = ProficiencyRule.standings(List.of(
                rating(model.listen, Proficiency.INDEPENDENT, TODAY, 0),
                rating(model.complaint, Proficiency.WITH_HELP, TODAY, 0)), TODAY);

        assertEquals(2, standings.size());
        assertEquals(Proficiency.WITH_HELP, standings.get(model.complaint.getId()).current());
        assertFalse(standings.containsKey(model.script.getId()), "an unrated item has no standing");
    }

    @Test
    void aRatingExactlyThirtySixMonthsOldStillCountsInFull() {
        ItemStanding standing = ProficiencyRule.standings(List.of(
                rating(model.listen, Proficiency.INDEPENDENT, TODAY.minusMonths(36), 0)), TODAY)
                .get(model.listen.getId());

        assertFalse(standing.stale());
        assertEquals(Proficiency.INDEPENDENT, standing.current());
    }

    @Test
    void aRatingOlderThanThirtySixMonthsIsStaleAndCountsOneStepLower() {
        ItemStanding standing = ProficiencyRule.standings(List.of(
                rating(model.listen, Proficiency.INDEPENDENT, TODAY.minusMonths(36).minusDays(1), 0)), TODAY)
                .get(model.listen.getId());

        assertTrue(standing.stale());
        assertEquals(Proficiency.INDEPENDENT, standing.rated());
        assertEquals(Proficiency.WITH_HELP, standing.current());
    }

    @Test
    void nothingShownCannotDecayFurther() {
        assertEquals(Proficiency.NOT_SHOWN, Proficiency.NOT_SHOWN.lower());
    }

    @Test
    void theScaleHasFourStepsFromZeroToThree() {
        assertEquals(List.of(0, 1, 2, 3), java.util.Arrays.stream(Proficiency.values()).map(Proficiency::points)
                .toList());
        assertThrows(IllegalArgumentException.class, () -> Proficiency.of(4));
        assertTrue(Proficiency.TEACHES_OTHERS.meets(Proficiency.INDEPENDENT));
        assertFalse(Proficiency.WITH_HELP.meets(Proficiency.INDEPENDENT));
    }

    private Evidence rating(CompetencyItem item, Proficiency proficiency, LocalDate on, int secondsAfterNoon) {
        return ModelFixtures.withId(new Evidence(person, item, proficiency, EvidenceSource.MENTOR_LOG, null, null,
                "Павлова Н. А.", on, Instant.parse("2026-01-01T12:00:00Z").plusSeconds(secondsAfterNoon), null),
                nextId++);
    }
}
