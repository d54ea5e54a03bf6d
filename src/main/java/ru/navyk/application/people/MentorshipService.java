package ru.navyk.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Mentorships (D/03.5): HR and administrators assign a mentor to a trainee for a period; while it runs the mentor
 * sees the trainee's records (the access policy reads the running mentorships). A mentorship is seen by whoever may
 * see its trainee, so an id reveals nothing to anyone else.
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

    public long create(MentorshipForm form) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        Person mentor = activePerson("mentorId", form.mentorId());
        Person trainee = activePerson("traineeId", form.traineeId());
        if (mentor.getId().equals(trainee.getId())) {
            throw new RuleViolationException("traineeId", "rule.mentorship.self");
        }
        if (form.from() == null) {
            throw new RuleViolationException("from", "rule.required");
        }
        if (form.to() != null && form.to().isBefore(form.from())) {
            throw new RuleViolationException("to", "rule.mentorship.order");
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
        return new MentorshipView(mentorship.getId(), mentorship.getMentor().getId(),
                mentorship.getMentor().getFullName(), mentorship.getTrainee().getId(),
                mentorship.getTrainee().getFullName(), mentorship.getStartedOn(), mentorship.getEndedOn());
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
