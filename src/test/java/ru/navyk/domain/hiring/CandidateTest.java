package ru.navyk.domain.hiring;

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
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.testsupport.ModelFixtures;

/** A candidate's rules: consent, pipeline, ratings against the vacancy's profile, retention and anonymisation. */
class CandidateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final ModelFixtures model = new ModelFixtures();
    private final Vacancy vacancy = vacancy();

    @Test
    void personalDataNeedsConsentWithADate() {
        RuleViolationException noConsent = assertThrows(RuleViolationException.class,
                () -> new Candidate(vacancy, details(false, TODAY), TODAY, NOW, "hr"));
        RuleViolationException noDate = assertThrows(RuleViolationException.class,
                () -> new Candidate(vacancy, details(true, null), TODAY, NOW, "hr"));

        assertEquals("consentGiven", noConsent.field());
        assertEquals("consentDate", noDate.field());
    }

    @Test
    void onlyCustomerContactMonthsCountAsRelevantExperience() {
        assertEquals(18, candidate().relevantExperienceMonths());
    }

    @Test
    void theLatestCheckOfAnItemCounts() {
        Candidate candidate = candidate();
        candidate.assess(AssessmentKind.INTERVIEW, TODAY.minusDays(3), null, "Иванова", null,
                ratings(model.listen, Proficiency.WITH_HELP, model.script, Proficiency.INDEPENDENT), TODAY, NOW, "hr");
        candidate.assess(AssessmentKind.TEST, TODAY.minusDays(1), null, "Иванова", null,
                ratings(model.listen, Proficiency.TEACHES_OTHERS), TODAY, NOW, "hr");

        assertEquals(Map.of(model.listen.getId(), Proficiency.TEACHES_OTHERS,
                model.script.getId(), Proficiency.INDEPENDENT), candidate.latestRatings());
    }

    @Test
    void onlyItemsOfTheVacancysProfileAreRated() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> candidate().assess(
                AssessmentKind.INTERVIEW, TODAY, null, "Иванова", null, ratings(model.complaint,
                        Proficiency.INDEPENDENT), TODAY, NOW, "hr"));

        assertEquals("rule.candidate.itemNotInProfile", refused.messageKey());
    }

    @Test
    void aHireNeedsAnOfferAndOutcomesAreFinal() {
        Candidate candidate = candidate();
        Person person = new Person("Петрова", "Анна", null, "a.petrova@example.ru", TODAY);

        assertEquals("rule.candidate.hireWithoutOffer", assertThrows(RuleViolationException.class,
                () -> candidate.markHired(person, TODAY, NOW, "hr")).messageKey());
        candidate.moveTo(CandidateStage.OFFER, TODAY, NOW, "hr", null);
        candidate.markHired(person, TODAY, NOW, "hr");

        assertEquals(CandidateStage.HIRED, candidate.getStage());
        assertEquals(List.of(CandidateStage.NEW, CandidateStage.OFFER, CandidateStage.HIRED),
                candidate.getTransitions().stream().map(StageTransition::getToStage).toList());
        assertEquals("rule.candidate.final", assertThrows(RuleViolationException.class,
                () -> candidate.moveTo(CandidateStage.REJECTED, TODAY, NOW, "hr", null)).messageKey());
    }

    @Test
    void anonymisationRemovesWhatIdentifiesAndKeepsTheStatistics() {
        Candidate candidate = candidate();
        candidate.assess(AssessmentKind.INTERVIEW, TODAY, null, "Иванова", "Говорит о своей семье",
                ratings(model.listen, Proficiency.INDEPENDENT), TODAY, NOW, "hr");
        assertEquals("rule.candidate.anonymiseStage", assertThrows(RuleViolationException.class,
                () -> candidate.anonymise(NOW)).messageKey());
        candidate.moveTo(CandidateStage.REJECTED, TODAY, NOW, "hr", "Не подошел график");

        candidate.anonymise(NOW);

        assertEquals(Candidate.PLACEHOLDER + " " + Candidate.PLACEHOLDER, candidate.getFullName());
        assertNull(candidate.getEmail());
        assertNull(candidate.getPhone());
        assertNull(candidate.getNotes());
        assertNull(candidate.getAssessments().get(0).getNotes());
        assertNull(candidate.getTransitions().get(1).getNote());
        assertEquals(Candidate.PLACEHOLDER, candidate.getExperiences().get(0).getRole());
        assertEquals(24, candidate.getExperiences().stream().mapToInt(PriorExperience::getMonths).sum());
        assertEquals(CandidateSource.REFERRAL, candidate.getSource());
        assertEquals(Map.of(model.listen.getId(), Proficiency.INDEPENDENT), candidate.latestRatings());
        assertThrows(RuleViolationException.class, () -> candidate.describe(details(true, TODAY), TODAY));
    }

    @Test
    void retentionCountsFromTheEndOfThePipeline() {
        Candidate running = candidate();
        Candidate rejected = candidate();
        rejected.moveTo(CandidateStage.REJECTED, TODAY.minusDays(200), NOW, "hr", null);

        assertFalse(running.isRetentionOver(TODAY.plusYears(5), 180));
        assertFalse(rejected.isRetentionOver(TODAY.minusDays(20), 180), "exactly 180 days after is not over yet");
        assertTrue(rejected.isRetentionOver(TODAY.minusDays(19), 180));
        rejected.anonymise(NOW);
        assertFalse(rejected.isRetentionOver(TODAY, 180), "an anonymised candidate is never picked again");
    }

    private Candidate candidate() {
        return new Candidate(vacancy, details(true, TODAY.minusDays(400)), TODAY.minusDays(400),
                NOW, "hr");
    }

    private static CandidateDetails details(boolean consent, LocalDate consentDate) {
        return new CandidateDetails("Петрова", "Анна", "Игоревна", "a.petrova@example.ru", "+7 900 000-00-00",
                EducationLevel.SECONDARY_VOCATIONAL, null, CandidateSource.REFERRAL, consent, consentDate,
                "Готова к сменам", List.of(new CandidateDetails.Experience("Кассир", "Магазин", 18, true),
                new CandidateDetails.Experience("Курьер", null, 6, false)));
    }

    private static Map<CompetencyItem, Candidate.Rated> ratings(Object... itemsAndSteps) {
        Map<CompetencyItem, Candidate.Rated> ratings = new LinkedHashMap<>();
        for (int i = 0; i < itemsAndSteps.length; i += 2) {
            ratings.put((CompetencyItem) itemsAndSteps[i], new Candidate.Rated((Proficiency) itemsAndSteps[i + 1],
                    null));
        }
        return ratings;
    }

    private Vacancy vacancy() {
        JobProfile profile = new JobProfile("operator");
        JobProfileVersion version = profile.startDraft(new JobProfileVersion.Content(model.version, "Оператор", null,
                null, 3, EducationLevel.BASIC_GENERAL, null, 0, null));
        version.requireExactly(Map.of(model.listen, Proficiency.INDEPENDENT, model.script,
                Proficiency.INDEPENDENT));
        version.publish("system", NOW);
        return new Vacancy(version, new Team("Группа 2", null, null, null), 1, null, null, TODAY.minusDays(500),
                "hr");
    }
}
