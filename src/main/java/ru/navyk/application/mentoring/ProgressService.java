package ru.navyk.application.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.application.assessment.EvidenceService;
import ru.navyk.application.mentoring.MentoringViews.ProgressView;
import ru.navyk.application.onboarding.TraineeRelations;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.assessment.Evidence;
import ru.navyk.domain.assessment.EvidenceRepository;
import ru.navyk.domain.mentoring.ProgressOverTime;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileProgress;
import ru.navyk.domain.shared.NotFoundException;

/**
 * A trainee's progress toward the required proficiency of their job profile version, as the trainee, their mentor,
 * supervisors and HR see it: today's {@link ProfileProgress} (from {@link EvidenceService}) and the same rule applied
 * weekly since the start of the probation (or of the first mentorship, or the hire) for the chart.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    @Inject
    private EvidenceService evidenceService;

    @Inject
    private EvidenceRepository evidence;

    @Inject
    private ProbationRepository probations;

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private TraineeRelations relations;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    public ProgressView progressOf(long personId) {
        Person person = access.visiblePerson(currentUser.viewer(), personId);
        JobProfileVersion version = relations.profileVersionOf(person)
                .orElseThrow(() -> new NotFoundException("JobProfileVersion"));
        ProfileProgress now = evidenceService.progressAgainst(personId, version.getId());
        LocalDate today = LocalDate.now(clock);
        LocalDate since = probations.findLatestOf(personId).map(Probation::getStartedOn)
                .or(() -> mentorships.findByTrainee(personId).stream().map(Mentorship::getStartedOn)
                        .min(LocalDate::compareTo))
                .orElse(person.getHireDate());
        if (since == null || since.isAfter(today)) {
            since = today;
        }
        List<Evidence> all = evidence.findByPerson(personId);
        return new ProgressView(personId, person.getFullName(), version.getId(), version.getTitle(), since, now,
                ProgressOverTime.weekly(version, all, since, today));
    }
}
