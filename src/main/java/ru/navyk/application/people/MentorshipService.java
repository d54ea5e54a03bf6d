package ru.navyk.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Mentorships (D/03.5): HR, administrators and the trainee's managers assign a mentor to a trainee for a period; while
 * it runs the mentor sees the trainee's records (the access policy reads the running mentorships). A mentorship is
 * seen by whoever may see its trainee, so an id reveals nothing to anyone else. Rules of an assignment:
 * <ul>
 *   <li>the mentor's account holds the role MENTOR, and nobody mentors themselves;</li>
 *   <li>a trainee has one mentor at a time: periods of the same trainee never share a day;</li>
 *   <li>a mentor has at most {@code navyk.mentoring.maxTrainees} (default 5) trainees at a time.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class MentorshipService {

    static final String ENTITY = "Mentorship";

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private PersonRepository people;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "navyk.mentoring.maxTrainees", defaultValue = "5")
    private int maxTrainees;

    public long create(MentorshipForm form) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR, Role.MANAGER);
        Person mentor = activePerson("mentorId", form.mentorId());
        Person trainee = activePerson("traineeId", form.traineeId());
        if (!viewer.hasAny(Role.ADMIN, Role.HR) && !access.manages(viewer, trainee)) {
            throw new NotFoundException(PeopleService.ENTITY);
        }
        if (mentor.getId().equals(trainee.getId())) {
            throw new RuleViolationException("traineeId", "rule.mentorship.self");
        }
        if (form.from() == null) {
            throw new RuleViolationException("from", "rule.required");
        }
        if (form.to() != null && form.to().isBefore(form.from())) {
            throw new RuleViolationException("to", "rule.mentorship.order");
        }
        boolean holdsMentorRole = accounts.findByPerson(mentor.getId()).filter(Account::isActive)
                .map(account -> account.hasRole(Role.MENTOR)).orElse(false);
        if (!holdsMentorRole) {
            throw new RuleViolationException("mentorId", "rule.mentorship.notMentor");
        }
        if (mentorships.overlaps(trainee.getId(), form.from(), form.to())) {
            throw new RuleViolationException("from", "rule.mentorship.overlap");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate counted = form.from().isAfter(today) ? form.from() : today;
        if (mentorships.countRunning(mentor.getId(), counted) >= maxTrainees) {
            throw new RuleViolationException("mentorId", "rule.mentorship.tooMany", maxTrainees);
        }
        Mentorship mentorship = new Mentorship(mentor, trainee, form.from(), form.to());
        mentorships.add(mentorship);
        audit.record(viewer.username(), "CREATE", ENTITY, mentorship.getId(),
                mentor.getFullName() + " → " + trainee.getFullName(), new Changes()
                        .created("mentor", mentor.getFullName())
                        .created("trainee", trainee.getFullName())
                        .created("from", form.from())
                        .created("to", form.to()));
        return mentorship.getId();
    }

    /** One mentorship, if the caller may see its trainee; otherwise exactly as if there were none. */
    public MentorshipView get(long id) {
        Viewer viewer = currentUser.viewer();
        Mentorship mentorship = mentorships.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        if (!access.canSee(viewer, mentorship.getTrainee())) {
            throw new NotFoundException(ENTITY);
        }
        return view(mentorship);
    }

    /**
     * Ends a running (or future) mentorship on {@code day}: HR, administrators and the trainee's managers. A period
     * never ends before it started.
     */
    public void end(long id, LocalDate day) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR, Role.MANAGER);
        Mentorship mentorship = mentorships.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        if (!access.canSee(viewer, mentorship.getTrainee())) {
            throw new NotFoundException(ENTITY);
        }
        if (!viewer.hasAny(Role.ADMIN, Role.HR) && !access.manages(viewer, mentorship.getTrainee())) {
            throw new NotFoundException(ENTITY);
        }
        if (day == null) {
            throw new RuleViolationException("to", "rule.required");
        }
        if (day.isBefore(mentorship.getStartedOn())) {
            throw new RuleViolationException("to", "rule.mentorship.order");
        }
        if (mentorship.getEndedOn() != null && mentorship.getEndedOn().isBefore(day)) {
            throw new RuleViolationException("to", "rule.mentorship.alreadyEnded");
        }
        LocalDate before = mentorship.getEndedOn();
        mentorship.endOn(day);
        audit.record(viewer.username(), "UPDATE", ENTITY, id, mentorship.getMentor().getFullName() + " → "
                + mentorship.getTrainee().getFullName(), new Changes().compare("to", before, day));
    }

    /** Mentorships running today or starting later, of the trainees the caller may see, by trainee. */
    public List<MentorshipView> current() {
        Viewer viewer = currentUser.viewer();
        return mentorships.findCurrent(access.scopeOf(viewer), LocalDate.now(clock), 500).stream()
                .map(MentorshipService::view).toList();
    }

    /** Every mentorship of a mentor, newest first: the mentor themselves, or whoever may see the mentor. */
    public List<MentorshipView> ofMentor(long mentorPersonId) {
        Viewer viewer = currentUser.viewer();
        access.visiblePerson(viewer, mentorPersonId);
        return mentorships.findByMentor(mentorPersonId).stream().map(MentorshipService::view).toList();
    }

    /** A person who may mentor: their account holds the role MENTOR. */
    public record MentorCandidate(long personId, String name) {
    }

    /** The active people holding the role MENTOR, by name (HR, administrators, managers). */
    public List<MentorCandidate> mentorCandidates() {
        access.requireAny(currentUser.viewer(), Role.ADMIN, Role.HR, Role.MANAGER);
        return accounts.findActiveWithRole(Role.MENTOR).stream().map(Account::getPerson)
                .filter(p -> p != null && p.isActive())
                .map(p -> new MentorCandidate(p.getId(), p.getFullName()))
                .sorted(java.util.Comparator.comparing(MentorCandidate::name)).toList();
    }

    /** How many trainees a mentor may have at a time. */
    public int maxTrainees() {
        return maxTrainees;
    }

    static MentorshipView view(Mentorship m) {
        return new MentorshipView(m.getId(), m.getMentor().getId(), m.getMentor().getFullName(),
                m.getTrainee().getId(), m.getTrainee().getFullName(), m.getStartedOn(), m.getEndedOn());
    }

    private Person activePerson(String field, Long id) {
        if (id == null) {
            throw new RuleViolationException(field, "rule.required");
        }
        return people.find(id).filter(Person::isActive)
                .orElseThrow(() -> new RuleViolationException(field, "rule.person.unknown"));
    }

    /** A mentorship with the names of both people. */
    public record MentorshipView(long id, long mentorId, String mentorName, long traineeId, String traineeName,
                                 LocalDate from, LocalDate to) implements Serializable {
    }
}
