package ru.navyk.application.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.assessment.ProficiencyRule;
import ru.navyk.domain.assessment.ProficiencyRule.ItemStanding;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileProgress;
import ru.navyk.domain.shared.NotFoundException;

/**
 * A person's competency history, current standing and progress against a job profile, for whoever may see the
 * person (themselves, their mentor, their managers, HR, administrators — {@link AccessPolicy}).
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private Clock clock;

    /**
     * One rating as pages and the API show it: the stored facts ({@link Evidence}). The API hands them over as they
     * are, a test's title in {@code raterName} beside its {@code source}; pages word them in the reader's language.
     *
     * @param testScore   a course test's score in per cent, else {@code null}
     * @param testAttempt which attempt of the person that course test was, else {@code null}
     */
    public record EvidenceView(long id, String itemCode, String itemText, String laborFunctionCode,
                               Proficiency proficiency, EvidenceSource source, Long sourceId, String raterName,
                               LocalDate ratedOn, String note, Integer testScore, Integer testAttempt)
            implements Serializable {
        static EvidenceView of(Evidence e) {
            Optional<Evidence.TestResult> test = e.getTestResult();
            return new EvidenceView(e.getId(), e.getItem().getCode(), e.getItem().getText(),
                    e.getItem().getLaborFunction().getCode(), e.getProficiency(), e.getSource(), e.getSourceId(),
                    e.getRaterName(), e.getRatedOn(), e.getNote(), test.map(Evidence.TestResult::score).orElse(null),
                    test.map(Evidence.TestResult::attempt).orElse(null));
        }
    }

    /** Everything rated about the person, newest first. */
    public List<EvidenceView> historyOf(long personId) {
        access.visiblePerson(viewer(), personId);
        return evidence.findByPerson(personId).stream().map(EvidenceView::of).toList();
    }

    /** The current standing per rated item, keyed by item id (see {@link ProficiencyRule}). */
    public Map<Long, ItemStanding> standingsOf(long personId) {
        access.visiblePerson(viewer(), personId);
        return ProficiencyRule.standings(evidence.findByPerson(personId), LocalDate.now(clock));
    }

    /** Progress against a given version of a job profile. */
    public ProfileProgress progressAgainst(long personId, long profileVersionId) {
        Map<Long, ItemStanding> standings = standingsOf(personId);
        JobProfileVersion profile = profiles.findVersion(profileVersionId)
                .orElseThrow(() -> new NotFoundException("JobProfileVersion"));
        return ProfileProgress.of(profile, standings);
    }

    /**
     * Progress against the current version of the job profile of the person's current position, if the position
     * has a profile.
     */
    public Optional<ProfileProgress> progressInCurrentPosition(long personId) {
        Person person = access.visiblePerson(viewer(), personId);
        return person.currentPosition().map(PositionAssignment::getJobProfile)
                .flatMap(JobProfile::current)
                .map(version -> progressAgainst(personId, version.getId()));
    }

    private Viewer viewer() {
        return currentUser.viewer();
    }
}
