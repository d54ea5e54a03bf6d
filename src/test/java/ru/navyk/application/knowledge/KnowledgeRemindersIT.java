package ru.navyk.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.navyk.testsupport.Deployments;

/**
 * The scheduled reminders inside the real WAR and database: obligations due tomorrow get the "due" reminder, an
 * overdue one the "overdue" reminder, others nothing; a second run sends nothing again. Without an SMTP server
 * configured, reminders go to the inbox only (no outbox rows).
 */
@ExtendWith(ArquillianExtension.class)
class KnowledgeRemindersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWith(KnowledgeRemindersIT.class, ReminderFixture.class,
                ReminderFixture.Seeded.class);
    }

    @Inject
    private ReminderFixture fixture;

    @Inject
    private KnowledgeReminders reminders;

    @Test
    void dueRemindersGoOnceAndOnlyToThoseDue() {
        ReminderFixture.Seeded seeded = fixture.seed();
        long outboxBefore = fixture.outboxRows();

        int first = reminders.sendDueReminders();
        int second = reminders.sendDueReminders();

        assertTrue(first >= 3, "at least the three seeded reminders: " + first);
        assertEquals(0, second, "a second run sends nothing twice");
        assertDue(fixture.inbox(seeded.dueA()));
        assertDue(fixture.inbox(seeded.dueB()));
        List<String> overdue = fixture.inbox(seeded.overdue());
        assertEquals(1, overdue.size(), overdue::toString);
        assertTrue(overdue.get(0).startsWith("Срок ознакомления истек"), overdue::toString);
        assertEquals(List.of(), fixture.inbox(seeded.later()));
        assertEquals(List.of(), fixture.inbox(seeded.done()));
        assertEquals(outboxBefore, fixture.outboxRows(), "no SMTP server configured: inbox only");
    }

    private static void assertDue(List<String> inbox) {
        assertEquals(1, inbox.size(), inbox::toString);
        assertTrue(inbox.get(0).startsWith("Срок ознакомления истекает"), inbox::toString);
    }
}
