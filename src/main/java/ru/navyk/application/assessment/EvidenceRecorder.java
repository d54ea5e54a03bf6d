package ru.navyk.application.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.people.Person;

/**
 * The one writer of evidence. Callers are application services that have already decided the rater may assess the
 * person (a mentor their trainee, a supervisor their team, HR a candidate); the recorder joins their transaction, so
 * the ratings and the feature's own record are saved together or not at all, and audits every rating.
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
        List<Evidence> written = new ArrayList<>();
        Changes changes = new Changes();
        ratings.forEach((item, proficiency) -> {
            Evidence rating = new Evidence(person, item, proficiency, source, sourceId, rater.person(), rater.name(),
                    ratedOn, clock.instant(), note);
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
