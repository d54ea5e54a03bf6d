package ru.navyk.application.probation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.probation.Decision;
import ru.navyk.domain.probation.FinalAssessment;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.testsupport.ModelFixtures;

/** The final assessment's rules: every labor function rated, and each rating standing for its function's items. */
class FinalAssessmentRuleTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private final ModelFixtures model = new ModelFixtures();
    private final Person trainee = new Person("Белов", "Никита", null, "b@example.ru", START);
    private final Person supervisor = new Person("Морозов", "Игорь", null, "m@example.ru", START.minusYears(7));

    @Test
    void aLaborFunctionsRatingIsRecordedOnEveryRequiredItemOfThatFunction() {
        Map<CompetencyItem, Proficiency> items = ProbationService.itemRatings(profile(), Map.of(
                "A/01.3", Proficiency.INDEPENDENT, "A/04.3", Proficiency.TEACHES_OTHERS));

        assertEquals(Proficiency.INDEPENDENT, items.get(model.listen));
        assertEquals(Proficiency.INDEPENDENT, items.get(model.script));
        assertEquals(Proficiency.TEACHES_OTHERS, items.get(model.complaint));
        assertEquals(3, items.size());
    }

    @Test
    void everyLaborFunctionOfTheProfileMustBeRatedAndNothingElse() {
        Probation probation = new Probation(trainee, profile(), START, START.plusMonths(3), Instant.EPOCH);

        assertThrows(RuleViolationException.class, () -> assess(probation, Map.of("A/01.3", Proficiency.INDEPENDENT),
                Decision.PASSED, null));
        assertThrows(RuleViolationException.class, () -> assess(probation, Map.of("A/01.3", Proficiency.INDEPENDENT,
                "A/04.3", Proficiency.INDEPENDENT, "B/01.4", Proficiency.WITH_HELP), Decision.PASSED, null));
    }

    @Test
    void anExtensionNeedsTheNewEndAndOtherDecisionsKeepNone() {
        Probation probation = new Probation(trainee, profile(), START, START.plusMonths(3), Instant.EPOCH);
        Map<String, Proficiency> all = Map.of("A/01.3", Proficiency.INDEPENDENT, "A/04.3", Proficiency.WITH_HELP);

        assertThrows(RuleViolationException.class, () -> assess(probation, all, Decision.EXTENDED, null));
        FinalAssessment passed = assess(probation, all, Decision.PASSED, START.plusMonths(4));

        assertNull(passed.getNewEnd());
        assertEquals("Морозов Игорь", passed.getSignedByName());
        assertEquals(2, passed.getRatings().size());
    }

    private FinalAssessment assess(Probation probation, Map<String, Proficiency> ratings, Decision decision,
                                   LocalDate newEnd) {
        return new FinalAssessment(probation, probation.getProfileVersion(), ratings, decision, newEnd,
                "Итог испытательного срока", START.plusMonths(3), supervisor, "Морозов Игорь", Instant.EPOCH);
    }

    private JobProfileVersion profile() {
        JobProfileVersion version = new JobProfile("operator").startDraft(new JobProfileVersion.Content(
                model.version, "Оператор", null, null, 3, null, null, 0, null));
        Map<CompetencyItem, Proficiency> required = new LinkedHashMap<>();
        required.put(model.listen, Proficiency.INDEPENDENT);
        required.put(model.script, Proficiency.INDEPENDENT);
        required.put(model.complaint, Proficiency.TEACHES_OTHERS);
        version.requireExactly(required);
        version.publish("hr", Instant.EPOCH);
        return ModelFixtures.withId(version, 7L);
    }
}
