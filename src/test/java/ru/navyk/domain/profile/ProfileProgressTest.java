package ru.navyk.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.testsupport.ModelFixtures;

class ProfileProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private final ModelFixtures model = new ModelFixtures();
    private final Person person = new Person("Кузнецов", "Алексей", null, "a@example.ru", LocalDate.of(2025, 1, 1));

    @Test
    void anItemIsMetWhenItsCurrentProficiencyReachesTheRequirement() {
        JobProfileVersion profile = operatorProfile();

        ProfileProgress progress = ProfileProgress.of(profile, ProficiencyRule.standings(List.of(
                rating(model.listen, Proficiency.TEACHES_OTHERS),
                rating(model.script, Proficiency.WITH_HELP)), TODAY));

        ProfileProgress.FunctionProgress a01 = progress.functions().get(0);
        assertEquals("A/01.3", a01.laborFunctionCode());
        assertEquals(1, a01.itemsMet());
        assertEquals(50, a01.percent());
        assertEquals(1, a01.items().get(0).gap(), "KN01 requires 2 and is at 1");
        assertEquals(1, progress.itemsMet());
        assertEquals(3, progress.itemsRequired());
        assertEquals(33, progress.percent());
    }

    @Test
    void anUnratedItemIsNotMetAndMissesTheWholeRequirement() {
        ProfileProgress progress = ProfileProgress.of(operatorProfile(), Map.of());

        ProfileProgress.ItemProgress complaint = progress.functions().get(1).items().get(0);
        assertNull(complaint.current());
        assertFalse(complaint.met());
        assertEquals(3, complaint.gap());
        assertEquals(0, progress.percent());
    }

    @Test
    void aPublishedVersionNeverChanges() {
        JobProfileVersion profile = operatorProfile();

        assertTrue(profile.isPublished());
        assertThrows(RuleViolationException.class,
                () -> profile.requireExactly(Map.of(model.listen, Proficiency.WITH_HELP)));
        assertThrows(RuleViolationException.class, () -> profile.describe(content("Другое название")));
    }

    @Test
    void aNewVersionStartsAsADraftAndOnlyOneDraftAtATime() {
        JobProfileVersion first = operatorProfile();
        JobProfile family = first.getProfile();

        JobProfileVersion draft = family.startDraft(content("Оператор колл-центра"));

        assertEquals(2, draft.getNumber());
        assertEquals(first, family.current().orElseThrow(), "the draft is not current until published");
        assertThrows(RuleViolationException.class, () -> family.startDraft(content("Ещё один")));
    }

    @Test
    void aProfileWithoutRequirementsCannotBePublished() {
        JobProfileVersion draft = new JobProfile("empty").startDraft(content("Пустой"));

        assertThrows(RuleViolationException.class, () -> draft.publish("hr", Instant.EPOCH));
    }

    private JobProfileVersion operatorProfile() {
        JobProfileVersion version = new JobProfile("operator").startDraft(content("Оператор колл-центра"));
        Map<CompetencyItem, Proficiency> required = new LinkedHashMap<>();
        required.put(model.listen, Proficiency.INDEPENDENT);
        required.put(model.script, Proficiency.INDEPENDENT);
        required.put(model.complaint, Proficiency.TEACHES_OTHERS);
        version.requireExactly(required);
        version.publish("hr", Instant.EPOCH);
        return ModelFixtures.withId(version, 7L);
    }

    private JobProfileVersion.Content content(String title) {
        return new JobProfileVersion.Content(model.version, title, null, null, 3, null, null, 0, null);
    }

    private Evidence rating(CompetencyItem item, Proficiency proficiency) {
        return new Evidence(person, item, proficiency, EvidenceSource.MANAGER_REVIEW, null, null, "Морозов И. С.",
                TODAY, Instant.EPOCH, null);
    }
}
