package ru.navyk.application.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.onboarding.ResponsibleRole;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;

/**
 * How a viewer stands towards a trainee, and what the trainee is measured against — shared by onboarding, mentoring
 * and probation so the three agree:
 * <ul>
 *   <li>roles: the trainee themselves; their mentor (of a mentorship running today); their supervisor (a manager who
 *       manages them, {@link AccessPolicy#manages}); HR (HR or an administrator);</li>
 *   <li>the job profile version: the one the probation pinned when it started, else the current version of the
 *       profile of the trainee's current position;</li>
 *   <li>the supervisor a reminder goes to: the supervisor of the trainee's team, else of the nearest team above it.</li>
 * </ul>
 */
@ApplicationScoped
public class TraineeRelations {

    @Inject
    private AccessPolicy access;

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private ProbationRepository probations;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private Clock clock;

    public Set<ResponsibleRole> rolesOf(Viewer viewer, Person trainee) {
        Set<ResponsibleRole> roles = EnumSet.noneOf(ResponsibleRole.class);
        if (viewer.isSelf(trainee.getId())) {
            roles.add(ResponsibleRole.TRAINEE);
        }
        if (isMentorOf(viewer, trainee)) {
            roles.add(ResponsibleRole.MENTOR);
        }
        if (access.manages(viewer, trainee)) {
            roles.add(ResponsibleRole.SUPERVISOR);
        }
        if (viewer.hasAny(Role.HR, Role.ADMIN)) {
            roles.add(ResponsibleRole.HR);
        }
        return roles;
    }

    public boolean isMentorOf(Viewer viewer, Person trainee) {
        return viewer.has(Role.MENTOR) && runningMentorship(trainee)
                .map(m -> viewer.isSelf(m.getMentor().getId())).orElse(false);
    }

    /** The trainee's mentorship running today. */
    public Optional<Mentorship> runningMentorship(Person trainee) {
        return mentorships.findRunningOf(trainee.getId(), LocalDate.now(clock)).stream().findFirst();
    }

    /** The profile version the trainee is measured against, with its requirements loaded. */
    public Optional<JobProfileVersion> profileVersionOf(Person trainee) {
        Optional<Long> pinned = probations.findLatestOf(trainee.getId()).map(Probation::getProfileVersion)
                .map(JobProfileVersion::getId);
        Optional<Long> versionId = pinned.or(() -> trainee.currentPosition().map(PositionAssignment::getJobProfile)
                .flatMap(JobProfile::current).map(JobProfileVersion::getId));
        return versionId.flatMap(profiles::findVersion);
    }

    /** The supervisor of the trainee's team or of the nearest team above it, never the trainee. */
    public Optional<Person> supervisorOf(Person trainee) {
        Team team = trainee.currentTeam().orElse(null);
        while (team != null) {
            Person supervisor = team.getSupervisor();
            if (supervisor != null && !supervisor.getId().equals(trainee.getId()) && supervisor.isActive()) {
                return Optional.of(supervisor);
            }
            team = team.getParent();
        }
        return Optional.empty();
    }
}
