package ru.navyk.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.application.hiring.AnonymisationService;

/**
 * Every night, anonymises the rejected and withdrawn candidates whose retention period
 * ({@code navyk.hiring.retentionDays}) has passed. Non-persistent: a missed night is simply caught up by the next
 * one, since {@link AnonymisationService#anonymiseExpired()} picks up everything overdue and never anything twice.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class CandidateRetentionTimer {

    private static final Logger LOG = Logger.getLogger(CandidateRetentionTimer.class.getName());

    @Inject
    private AnonymisationService anonymisation;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "candidate retention")
    void anonymiseExpiredCandidates() {
        try {
            int anonymised = anonymisation.anonymiseExpired();
            if (anonymised > 0) {
                LOG.info(() -> "Anonymised " + anonymised + " candidates after the retention period");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Candidate retention failed; the next run tries again", e);
        }
    }
}
