package ru.navyk.application.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Person;

/**
 * The one writer of evidence. Callers are application services that have already decided the rater may assess the
 * person (a mentor their trainee, a supervisor their team, HR a candidate); the recorder joins their transaction, so
 * the ratings and the feature's own record are saved together or not at all, and audits every rating.
 *
 * <p>It stores facts, never a phrase in one language ({@link Evidence}): a test's rater is the title of what was
 * tested ({@link Rater#test}), a course test's score and attempt are numbers ({@link Evidence.TestResult}), and pages
 * word both in the reader's language.
 */
@ApplicationScoped
public class EvidenceRecorder {

    static final String AUDIT_ENTITY = "Person";

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** Who gave a rating: an employee where there is one, and the name as it read on the day. */
    public record Rater(Person person, String name) {
        public static Rater of(Person person) {
            return new Rater(person, person.getFullName());
        }

        /**
         * A test rates by itself: its rater is only the title of the course version or revision tested, which pages
         * word as «Тест курса «…»» or "Course test “…”" by the evidence's source.
         */
        public static Rater test(String title) {
            return new Rater(null, title);
        }
    }

    /**
     * Records what a passed test or quiz confirms, by {@link ProficiencyRule#confirmedByTest}: items the person already
     * stands higher on today are left as they are.
     *
     * @param title  the title of the course version or revision tested, the rating's rater ({@link Rater#test})
     * @param result a course test's score and attempt; {@code null} for a quiz
     * @param note   language-neutral facts only (a quiz's «3/4»), or {@code null}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Evidence> confirmByTest(String actor, Person person, EvidenceSource source, Long sourceId, String title,
                                        LocalDate ratedOn, Map<CompetencyItem, Proficiency> tested,
                                        Evidence.TestResult result, String note) {
        Map<Long, ProficiencyRule.ItemStanding> standings = ProficiencyRule.standings(
                evidence.findByPerson(person.getId()), ratedOn);
        Map<Long, Proficiency> byId = new LinkedHashMap<>();
        tested.forEach((item, proficiency) -> byId.put(item.getId(), proficiency));
        Set<Long> confirmed = Set.copyOf(ProficiencyRule.confirmedByTest(standings, byId));
        Map<CompetencyItem, Proficiency> ratings = new LinkedHashMap<>();
        tested.forEach((item, proficiency) -> {
            if (confirmed.contains(item.getId())) {
                ratings.put(item, proficiency);
            }
        });
        return record(actor, person, source, sourceId, Rater.test(title), ratedOn, ratings, result, note);
    }

    /**
     * Records one rating per item, all from one source record (an interview, a log entry…) on one day.
     *
     * @param actor the username the audit trail names (who saved it, which may differ from the rater)
     * @return the new evidence, in the order given
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Evidence> record(String actor, Person person, EvidenceSource source, Long sourceId, Rater rater,
                                 LocalDate ratedOn, Map<CompetencyItem, Proficiency> ratings, String note) {
        return record(actor, person, source, sourceId, rater, ratedOn, ratings, null, note);
    }

    /** Records one rating per item, as above, with the course test's score and attempt they come from. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Evidence> record(String actor, Person person, EvidenceSource source, Long sourceId, Rater rater,
                                 LocalDate ratedOn, Map<CompetencyItem, Proficiency> ratings,
                                 Evidence.TestResult result, String note) {
        List<Evidence> written = new ArrayList<>();
        Changes changes = new Changes();
        ratings.forEach((item, proficiency) -> {
            Evidence rating = new Evidence(person, item, proficiency, source, sourceId, rater.person(), rater.name(),
                    ratedOn, clock.instant(), result, note);
            evidence.add(rating);
            written.add(rating);
            changes.created(item.getCode(), source.name() + " " + proficiency.points());
        });
        if (!written.isEmpty()) {
            audit.record(actor, "EVIDENCE", AUDIT_ENTITY, person.getId(), person.getFullName(), changes);
        }
        return written;
    }
}
