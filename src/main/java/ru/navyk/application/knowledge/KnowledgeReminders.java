package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import ru.navyk.application.notification.NotificationService;
import ru.navyk.domain.knowledge.CampaignRepository;
import ru.navyk.domain.knowledge.Obligation;
import ru.navyk.domain.knowledge.Reminder;
import ru.navyk.domain.knowledge.ReminderKind;

/**
 * The scheduled reminders of open obligations, by the injected clock: one the day before the deadline (or on the
 * deadline day, for a campaign published that late) and one once the deadline has passed. Each reminder is recorded
 * with the notification it sends, in one transaction, and an obligation that has had a reminder of a kind never gets
 * another (a unique key backs the check), so running this twice — or on two nodes — sends nothing twice.
 */
@ApplicationScoped
public class KnowledgeReminders {

    private static final Logger LOG = Logger.getLogger(KnowledgeReminders.class.getName());
    /** Obligations handled per query; the loop goes on until none is due. */
    private static final int BATCH = 500;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private NotificationService notifications;

    @Inject
    private Clock clock;

    /** Sends every reminder that is due and not yet sent; answers how many were sent. */
    @Transactional
    public int sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (ReminderKind kind : ReminderKind.values()) {
            List<Obligation> due;
            do {
                due = campaigns.dueForReminder(kind, today, BATCH);
                for (Obligation obligation : due) {
                    campaigns.add(new Reminder(obligation, kind, clock.instant()));
                    String key = kind == ReminderKind.BEFORE_DEADLINE ? "notification.kb.due"
                            : "notification.kb.overdue";
                    notifications.notify(obligation.getPerson().getId(), key + ".subject", key + ".body",
                            "/kb/read.xhtml?article=" + obligation.getArticle().getId(),
                            obligation.getArticle().getTitle(), obligation.getRevision().getNumber(),
                            CampaignService.DATE.format(obligation.getDeadline()));
                    sent++;
                }
                campaigns.flush();
            } while (due.size() == BATCH);
        }
        int total = sent;
        if (total > 0) {
            LOG.info(() -> "Knowledge base: sent " + total + " acknowledgement reminders");
        }
        return total;
    }
}
