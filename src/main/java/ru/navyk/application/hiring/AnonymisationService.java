package ru.navyk.application.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.AccessDeniedException;

/**
 * Anonymisation of candidates who were rejected or withdrew (152-ФЗ: personal data is kept no longer than its purpose
 * needs): on request, by HR or an administrator, or once {@code navyk.hiring.retentionDays} days (default 180) have
 * passed since their pipeline ended. Names, contacts, notes and attachments go; the vacancy, source, stages and
 * dates, experience months and ratings stay for statistics. Each anonymisation is audited, without personal values.
 */
@ApplicationScoped
@Transactional
public class AnonymisationService {

    @Inject
    private CandidateRepository candidates;

    @Inject
    private HiringAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "navyk.hiring.retentionDays", defaultValue = "180")
    private int retentionDays;

    /** Anonymises one candidate at HR's request. */
    public void anonymise(long candidateId, long version) {
        Viewer viewer = currentUser.viewer();
        Candidate candidate = access.changeableCandidate(viewer, candidateId);
        CandidateService.requireVersion(candidate, version);
        anonymise(candidate, viewer.username(), "request");
    }

    /**
     * Anonymises every rejected or withdrawn candidate whose pipeline ended more than the retention period ago. Safe to
     * run any number of times: an anonymised candidate is never picked again. Runs as the portal itself.
     *
     * @return how many candidates were anonymised
     */
    public int anonymiseExpired() {
        LocalDate today = LocalDate.now(clock);
        List<Candidate> expired = candidates.findEndedBefore(today.minusDays(retentionDays));
        expired.stream().filter(c -> c.isRetentionOver(today, retentionDays))
                .forEach(c -> anonymise(c, AuditService.SYSTEM, "retention " + retentionDays + " d"));
        return (int) expired.stream().filter(Candidate::isAnonymised).count();
    }

    /** Runs the retention now, at an administrator's request (the nightly job does the same). */
    public int anonymiseExpiredNow() {
        Viewer viewer = currentUser.viewer();
        if (!viewer.has(Role.ADMIN)) {
            throw new AccessDeniedException(viewer.username() + " is no administrator");
        }
        return anonymiseExpired();
    }

    public int retentionDays() {
        return retentionDays;
    }

    private void anonymise(Candidate candidate, String actor, String reason) {
        candidate.anonymise(clock.instant());
        int files = candidates.removeAttachmentsOf(candidate.getId());
        audit.record(actor, "ANONYMISE", HiringAccess.CANDIDATE, candidate.getId(), Fits.label(candidate),
                new Changes().compare("personalData", "kept", "anonymised").created("reason", reason)
                        .created("attachmentsDeleted", files));
    }
}
