package ru.navyk.domain.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.domain.competency.EducationLevel.BASIC_GENERAL;
import static ru.navyk.domain.competency.EducationLevel.HIGHER_BACHELOR;
import static ru.navyk.domain.competency.EducationLevel.SECONDARY_GENERAL;
import static ru.navyk.domain.competency.EducationLevel.SECONDARY_VOCATIONAL;
import static ru.navyk.domain.competency.TrainingKind.PROFESSIONAL_TRAINING;
import static ru.navyk.domain.competency.TrainingKind.RETRAINING;
import static ru.navyk.domain.competency.TrainingKind.SHORT_TRAINING;
import static ru.navyk.domain.competency.TrainingKind.UPSKILLING;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.competency.TrainingKind;
import ru.navyk.domain.competency.definition.GeneralizedFunctionDefinition;
import ru.navyk.domain.qualification.QualificationFacts.Position;
import ru.navyk.domain.qualification.QualificationFacts.Training;
import ru.navyk.infrastructure.importing.model.DirectoryModelFiles;
import ru.navyk.infrastructure.importing.model.YamlModelReader;

/**
 * The standard's requirements, read from the repository's own model files (so the test follows the data), against
 * the standard's cases and their boundaries.
 */
class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static Map<String, QualificationRequirement> standard;

    @BeforeAll
    static void readTheModel() throws IOException {
        standard = new YamlModelReader().read(new DirectoryModelFiles(Path.of("competency-model")))
                .generalizedFunctions().stream()
                .collect(Collectors.toMap(GeneralizedFunctionDefinition::code,
                        gf -> QualificationRequirement.of(gf.code(), gf.level(), gf.requirements())));
    }

    @Test
    void theModelCarriesTheStandardsRequirements() {
        assertNull(standard.get("A").experience(), "A: «Особых требований нет»");
        assertEquals(6, standard.get("B").experience().months());
        assertTrue(standard.get("B").experience().byKindOfPosition());
        assertEquals(3, standard.get("C").experience().effectiveMinLevel());
        assertEquals(4, standard.get("D").experience().minPositionLevel());
        assertEquals(12, standard.get("E").experience().months());
        assertEquals(5, standard.get("E").experience().minPositionLevel());
        standard.values().forEach(r -> assertEquals(3, r.upskillingEveryYears(), r.functionCode()));
    }

    @Test
    void levelThreeNeedsNoExperience() {
        Person p = person(BASIC_GENERAL).trained(SHORT_TRAINING, TODAY.minusDays(3)).position(3, TODAY.minusDays(2));

        Eligibility a = evaluate("A", p);

        assertTrue(a.eligible());
        assertFalse(a.experience().required());
        assertTrue(a.gaps().isEmpty());
    }

    @Test
    void anyCompletedTrainingCountsAsShortTrainingButTrainingInTheFutureDoesNot() {
        assertTrue(evaluate("A", person(BASIC_GENERAL).trained(PROFESSIONAL_TRAINING, TODAY.minusDays(1))).eligible());
        assertFalse(evaluate("A", person(BASIC_GENERAL).trained(SHORT_TRAINING, TODAY.plusDays(1))).eligible());
    }

    @Test
    void exactlySixMonthsAsAContactHandlingSpecialistMeetsLevelFour() {
        Person p = person(SECONDARY_VOCATIONAL).position(3, TODAY.minusMonths(6));

        Eligibility b = evaluate("B", p);

        assertTrue(b.eligible());
        assertEquals(6, b.experience().monthsHeld());
    }

    @Test
    void oneDayShortOfSixMonthsDoesNotAndSaysWhenItWill() {
        Person p = person(SECONDARY_VOCATIONAL).position(3, TODAY.minusMonths(6).plusDays(1));

        Eligibility c = evaluate("C", p);

        assertFalse(c.eligible());
        assertEquals(5, c.experience().monthsHeld());
        assertEquals(1, c.experience().missingMonths());
        assertEquals(TODAY.plusDays(1), c.experience().enoughOn());
        assertEquals("eligibility.experience.missingContacts", c.gaps().get(0).key());
        assertEquals(List.of(1, 3), c.gaps().get(0).arguments());
    }

    @Test
    void thirtyLeftOverDaysOfOneSpanAreNotYetAMonth() {
        Person p = person(SECONDARY_VOCATIONAL).position(3, LocalDate.of(2025, 10, 25));

        assertEquals(5, EligibilityRules.monthsAtLevel(p.facts(), 3, LocalDate.of(2026, 4, 24)), "5 months 30 days");
        assertEquals(6, EligibilityRules.monthsAtLevel(p.facts(), 3, LocalDate.of(2026, 4, 25)));
        assertEquals(LocalDate.of(2026, 4, 25), EligibilityRules.evaluate(p.facts(), standard.get("B"),
                LocalDate.of(2026, 3, 1)).experience().enoughOn());
    }

    @Test
    void levelFiveCountsOnlyPositionsOfLevelFourOrHigher() {
        Person p = person(SECONDARY_VOCATIONAL)
                .position(3, TODAY.minusYears(3))
                .position(4, TODAY.minusMonths(4));

        Eligibility d = evaluate("D", p);

        assertFalse(d.eligible());
        assertEquals(4, d.experience().monthsHeld());
        assertEquals(2, d.experience().missingMonths());
        assertEquals("eligibility.experience.missing", d.gaps().get(0).key());
        assertEquals(List.of(2, 4), d.gaps().get(0).arguments(), "«не хватает 2 месяцев опыта на уровне 4»");
    }

    @Test
    void consecutivePositionsAtTheLevelAreOneSpan() {
        Person p = person(SECONDARY_VOCATIONAL)
                .position(4, LocalDate.of(2025, 6, 15))
                .position(5, LocalDate.of(2025, 8, 20));

        assertEquals(8, EligibilityRules.monthsAtLevel(p.facts(), 4, TODAY), "15 June to 1 March: 8 months 14 days");
        assertTrue(evaluate("D", p).eligible());
    }

    @Test
    void monthsOfSeparateSpansAddUpAndTheirLeftOverDaysCountPerThirtyOne() {
        Person p = person(HIGHER_BACHELOR)
                .position(5, LocalDate.of(2024, 1, 10)).position(null, LocalDate.of(2024, 7, 26))
                .position(5, LocalDate.of(2025, 1, 1)).position(null, LocalDate.of(2025, 6, 17));

        // 10 Jan–25 Jul 2024: 6 months 16 days; 1 Jan–16 Jun 2025: 5 months 16 days → 11 months 32 days = 12 months
        assertEquals(12, EligibilityRules.monthsAtLevel(p.facts(), 5, TODAY));
        Eligibility e = evaluate("E", p);
        assertTrue(e.eligible());
        assertNull(e.experience().enoughOn(), "not in a qualifying position, and nothing missing");
    }

    @Test
    void positionsWithoutALevelNeverCount() {
        Person p = person(HIGHER_BACHELOR).position(null, TODAY.minusYears(5));

        Eligibility b = evaluate("B", p);

        assertFalse(b.eligible());
        assertEquals(0, b.experience().monthsHeld());
        assertNull(b.experience().enoughOn(), "a position outside the standard never gets there");
    }

    @Test
    void missingEducationIsNamedAndUnrecordedEducationMeetsNothing() {
        Person basic = person(BASIC_GENERAL).trained(PROFESSIONAL_TRAINING, TODAY.minusYears(2))
                .position(3, TODAY.minusYears(2));
        Person unknown = person(null).trained(PROFESSIONAL_TRAINING, TODAY.minusYears(2))
                .position(3, TODAY.minusYears(2));

        Eligibility b = evaluate("B", basic);

        assertFalse(b.eligible());
        assertTrue(b.experience().met());
        assertEquals("eligibility.education.missing", b.gaps().get(0).key());
        assertEquals(standard.get("B").education(), b.gaps().get(0).arguments().get(0));
        assertEquals("eligibility.education.notRecorded", evaluate("B", unknown).gaps().get(0).key());
    }

    @Test
    void secondaryGeneralEducationNeedsProfessionalTrainingForLevelFour() {
        Person without = person(SECONDARY_GENERAL).position(3, TODAY.minusYears(1));
        Person with = person(SECONDARY_GENERAL).trained(PROFESSIONAL_TRAINING, TODAY.minusYears(1))
                .position(3, TODAY.minusYears(1));

        assertFalse(evaluate("B", without).education().met());
        assertTrue(evaluate("B", with).education().met());
        assertEquals(SECONDARY_GENERAL, evaluate("B", with).education().metBy().minLevel());
    }

    @Test
    void upskillingThreeYearsAgoTodayIsDueAndThreeYearsAndOneDayAgoIsOverdue() {
        UpskillingClock exactly = EligibilityRules.upskilling(person(SECONDARY_VOCATIONAL)
                .trained(UPSKILLING, TODAY.minusYears(3)).facts(), 3, TODAY);
        UpskillingClock dayLate = EligibilityRules.upskilling(person(SECONDARY_VOCATIONAL)
                .trained(UPSKILLING, TODAY.minusYears(3).minusDays(1)).facts(), 3, TODAY);

        assertEquals(TODAY, exactly.dueOn());
        assertEquals(UpskillingClock.Status.DUE_SOON, exactly.status());
        assertEquals(UpskillingClock.Status.OVERDUE, dayLate.status());
        assertEquals(1, dayLate.daysOverdue());
    }

    @Test
    void retrainingCountsAsUpskillingInitialTrainingDoesNotAndNeverUpskilledCountsFromHire() {
        Person p = person(SECONDARY_VOCATIONAL, TODAY.minusYears(2))
                .trained(PROFESSIONAL_TRAINING, TODAY.minusMonths(1));

        UpskillingClock fromHire = EligibilityRules.upskilling(p.facts(), 3, TODAY);
        UpskillingClock afterRetraining = EligibilityRules.upskilling(p.trained(RETRAINING, TODAY.minusMonths(2))
                .facts(), 3, TODAY);

        assertNull(fromHire.lastUpskilledOn());
        assertEquals(TODAY.minusYears(2).plusYears(3), fromHire.dueOn());
        assertEquals(UpskillingClock.Status.CURRENT, fromHire.status());
        assertEquals(TODAY.minusMonths(2).plusYears(3), afterRetraining.dueOn());
        assertEquals(UpskillingClock.Status.NOT_APPLICABLE, EligibilityRules.upskilling(p.facts(), null, TODAY)
                .status());
    }

    private static Eligibility evaluate(String function, Person person) {
        return EligibilityRules.evaluate(person.facts(), standard.get(function), TODAY);
    }

    private static Person person(EducationLevel education) {
        return person(education, TODAY.minusYears(10));
    }

    private static Person person(EducationLevel education, LocalDate hired) {
        return new Person(education, hired);
    }

    /** A person's facts written as their history, positions in order (each ends the day before the next). */
    private static final class Person {
        private final EducationLevel education;
        private final LocalDate hired;
        private final List<Training> trainings = new ArrayList<>();
        private final List<Position> positions = new ArrayList<>();

        Person(EducationLevel education, LocalDate hired) {
            this.education = education;
            this.hired = hired;
        }

        Person trained(TrainingKind kind, LocalDate on) {
            trainings.add(new Training(kind, on));
            return this;
        }

        Person position(Integer level, LocalDate from) {
            if (!positions.isEmpty()) {
                Position last = positions.remove(positions.size() - 1);
                positions.add(new Position(last.level(), last.startedOn(), from.minusDays(1)));
            }
            positions.add(new Position(level, from, null));
            return this;
        }

        QualificationFacts facts() {
            return new QualificationFacts(hired, education, trainings, positions);
        }
    }
}
