package ru.navyk.application.probation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.notification.NotificationTexts;
import ru.navyk.application.notification.Notifier;
import ru.navyk.application.onboarding.TraineeRelations;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationReminder;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.probation.ReminderSchedule;

/**
 * Reminds the supervisor and the mentor that a probation ends soon (by default 14 and 3 days before,
 * {@code navyk.probation.reminderDays}; {@link ReminderSchedule} says which one is due). Idempotent: each reminder
 * sent is recorded per probation, recipient, lead time and end date, so running it again — or on another node —
 * sends nothing twice; an extension moves the end and so earns new reminders. Reads today from the injected clock.
 */
@ApplicationScoped
public class ProbationReminders {

    @Inject
    private ProbationRepository probations;

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private TraineeRelations relations;

    @Inject
    private Notifier notifier;

    @Inject
    private NotificationTexts texts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "navyk.probation.reminderDays", defaultValue = "14,3")
    private String reminderDays;

    /** A reminder that went out. */
    public record Sent(long probationId, long recipientId, int daysBefore) {
    }

    /** Sends every reminder due today that has not been sent; returns what it sent. */
    @Transactional
    public List<Sent> sendDue() {
        ReminderSchedule schedule = new ReminderSchedule(Arrays.stream(reminderDays.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList());
        LocalDate today = LocalDate.now(clock);
        int longest = schedule.daysBefore().get(schedule.daysBefore().size() - 1);
        List<Sent> sent = new ArrayList<>();
        for (Probation probation : probations.findRunningEndingBy(today.plusDays(longest))) {
            Optional<Integer> due = schedule.dueOn(probation, today);
            if (due.isEmpty()) {
                continue;
            }
            recipients(probation, today).forEach((recipient, role) -> {
                if (!probations.reminderSent(probation.getId(), recipient.getId(), due.get(),
                        probation.getPlannedEnd())) {
                    send(probation, recipient, role, today);
                    probations.add(new ProbationReminder(probation, recipient, due.get(), clock.instant()));
                    sent.add(new Sent(probation.getId(), recipient.getId(), due.get()));
                }
            });
        }
        return sent;
    }

    /** The supervisor and the mentors running today, each once, with the part they play. */
    private Map<Person, String> recipients(Probation probation, LocalDate today) {
        Person trainee = probation.getPerson();
        Map<Person, String> recipients = new LinkedHashMap<>();
        relations.supervisorOf(trainee).ifPresent(supervisor -> recipients.put(supervisor, "supervisor"));
        mentorships.findRunningOf(trainee.getId(), today).forEach(m -> recipients.putIfAbsent(m.getMentor(),
                "mentor"));
        return recipients;
    }

    private void send(Probation probation, Person recipient, String role, LocalDate today) {
        Person trainee = probation.getPerson();
        String end = String.format("%1$td.%1$tm.%1$tY", probation.getPlannedEnd());
        long days = probation.daysLeft(today);
        String subject = texts.text(recipient, "probation.reminder.subject", trainee.getFullName(), end);
        String body = texts.text(recipient, "probation.reminder." + role, trainee.getFullName(), end, days);
        String link = role.equals("supervisor") ? "/probation/assessment.xhtml?person=" + trainee.getId()
                : "/mentoring/progress.xhtml?person=" + trainee.getId();
        notifier.notify(recipient, subject, body, link);
    }
}
