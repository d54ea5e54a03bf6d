package ru.navyk.application.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;
import ru.navyk.testsupport.Deployments;

/**
 * The organisation view's background refresh inside the real WAR: it runs on the server's executor, in a transaction
 * of its own, reads the real database, and the view it computes answers the next request. What it tests is the
 * container's (executor, transactions), so it runs on Derby only.
 */
@Tag("database-independent")
@ExtendWith(ArquillianExtension.class)
class OrganisationOverviewRefreshIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWith(OrganisationOverviewRefreshIT.class);
    }

    @Inject
    private OrganisationOverviewCache cache;

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Test
    void aRefreshRunsInATransactionOfItsOwnAndAnswersTheNextRequest() throws Exception {
        // A key no other test asks for: a day far in the future.
        OrganisationOverviewCache.Key key = new OrganisationOverviewCache.Key(true, Set.of(), "ru",
                LocalDate.of(2099, 1, 1), -1);
        AtomicReference<String> seen = new AtomicReference<>();
        cache.refreshInBackground(key, () -> {
            String thread = Thread.currentThread().getName();
            int status = registry().getTransactionStatus();
            long people = em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult();
            seen.set(thread + "|" + status);
            return new OrganisationOverview(key.day(), people, List.of(), Map.of(), List.of(), List.of());
        });

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (seen.get() == null && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        String[] run = String.valueOf(seen.get()).split("\\|");
        assertEquals(2, run.length, "the refresh ran within 30 s");
        assertTrue(!run[0].equals(Thread.currentThread().getName()), "on another thread: " + run[0]);
        assertEquals(Status.STATUS_ACTIVE, Integer.parseInt(run[1]), "in a transaction");

        long people = em.createQuery("SELECT COUNT(p) FROM Person p", Long.class).getSingleResult();
        OrganisationOverview answered = waitForEntry(key);
        assertEquals(key.day(), answered.asOf());
        assertEquals(people, answered.people(), "counted from the database");
    }

    /** The refreshed view, as a request gets it (a request that would compute it fails the test). */
    private OrganisationOverview waitForEntry(OrganisationOverviewCache.Key key) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                return cache.get(key, () -> {
                    throw new IllegalStateException("not refreshed yet");
                });
            } catch (IllegalStateException e) {
                if (Instant.now().isAfter(giveUp)) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
