package ru.navyk.domain.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.testsupport.ModelFixtures;

class ProgressOverTimeTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private final ModelFixtures model = new ModelFixtures();
    private final Person trainee = new Person("Белов", "Никита", null, "b@example.ru", START);

    @Test
    void progressOnADayCountsOnlyTheEvidenceRatedByThen() {
        List<Evidence> evidence = List.of(rating(model.listen, Proficiency.INDEPENDENT, START.plusDays(3)),
                rating(model.script, Proficiency.INDEPENDENT, START.plusDays(10)));

        assertEquals(0, ProgressOverTime.asOf(profile(), evidence, START.plusDays(2)).itemsMet());
        assertEquals(1, ProgressOverTime.asOf(profile(), evidence, START.plusDays(3)).itemsMet());
        assertEquals(2, ProgressOverTime.asOf(profile(), evidence, START.plusDays(10)).itemsMet());
    }

    @Test
    void weeklyPointsRunFromTheStartToTodayAndEndOnToday() {
        List<Evidence> evidence = List.of(rating(model.listen, Proficiency.INDEPENDENT, START.plusDays(3)),
                rating(model.script, Proficiency.INDEPENDENT, START.plusDays(10)),
                rating(model.complaint, Proficiency.TEACHES_OTHERS, START.plusDays(16)));

        List<ProgressOverTime.Point> points = ProgressOverTime.weekly(profile(), evidence, START, START.plusDays(17));

        assertEquals(List.of(START, START.plusDays(7), START.plusDays(14), START.plusDays(17)),
                points.stream().map(ProgressOverTime.Point::day).toList());
        assertEquals(List.of(0, 33, 66, 100), points.stream().map(ProgressOverTime.Point::percent).toList());
    }

    @Test
    void aLowerLaterRatingTakesProgressBack() {
        List<Evidence> evidence = List.of(rating(model.listen, Proficiency.INDEPENDENT, START.plusDays(3)),
                rating(model.listen, Proficiency.WITH_HELP, START.plusDays(5)));

        assertEquals(0, ProgressOverTime.asOf(profile(), evidence, START.plusDays(6)).itemsMet());
    }

    @Test
    void theFirstDayAllItemsWereMetIsTheDayOfTheLastMissingRating() {
        List<Evidence> evidence = List.of(rating(model.listen, Proficiency.INDEPENDENT, START.plusDays(3)),
                rating(model.script, Proficiency.TEACHES_OTHERS, START.plusDays(10)),
                rating(model.complaint, Proficiency.TEACHES_OTHERS, START.plusDays(40)));

        assertEquals(START.plusDays(40), ProgressOverTime.firstDayAllMet(profile(), evidence, START,
                START.plusDays(60)).orElseThrow());
        assertTrue(ProgressOverTime.firstDayAllMet(profile(), evidence, START, START.plusDays(39)).isEmpty());
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

    private Evidence rating(CompetencyItem item, Proficiency proficiency, LocalDate day) {
        return new Evidence(trainee, item, proficiency, EvidenceSource.MENTOR_LOG, 1L, null, "Павлова Н. А.", day,
                Instant.EPOCH, null);
    }
}
