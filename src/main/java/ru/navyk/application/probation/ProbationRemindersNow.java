package ru.navyk.application.probation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.infrastructure.scheduling.JobRunner;
import ru.navyk.infrastructure.scheduling.ProbationReminderJob;

/**
 * The administrator's "send the due probation reminders now". It takes the hourly job's lease, so it never runs at
 * the same moment as the job on any node: two runs at once would both find the same reminders unsent, and the slower
 * one would fail on the unique key and roll back.
 */
@ApplicationScoped
public class ProbationRemindersNow {

    private static final int ATTEMPTS = 5;
    private static final Duration PAUSE = Duration.ofMillis(200);

    @Inject
    private ProbationReminders reminders;

    @Inject
    private JobRunner jobs;

    @Inject
    private ProbationReminderJob job;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccessPolicy access;

    /**
     * Sends the reminders due now.
     *
     * @throws RuleViolationException when the scheduled job is still sending them after about a second (try again)
     */
    public List<ProbationReminders.Sent> send() {
        access.requireAny(currentUser.viewer(), Role.ADMIN);
        // A run of the job takes milliseconds: wait a little for it rather than refuse at once.
        for (int attempt = 1; ; attempt++) {
            Optional<List<ProbationReminders.Sent>> sent = jobs.runNowExclusively(job, reminders::sendDue);
            if (sent.isPresent()) {
                return sent.get();
            }
            if (attempt == ATTEMPTS) {
                throw new RuleViolationException(null, "rule.probation.reminders.busy");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the probation reminder job", e);
        }
    }
}
