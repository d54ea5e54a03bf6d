package ru.navyk.application.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.hiring.HiringViews.AttachmentDownload;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateAttachment;
import ru.navyk.domain.hiring.CandidateRepository;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Files about a candidate (a CV, a test sheet): HR and administrators add and remove them; whoever may read the
 * candidate (HR, administrators, managers of the vacancy's team) may download them. Types and size are limited (see
 * {@link CandidateAttachment}).
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

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

    /** @return the id of the new attachment */
    public long add(long candidateId, String fileName, byte[] content) {
        Viewer viewer = currentUser.viewer();
        Candidate candidate = access.changeableCandidate(viewer, candidateId);
        if (candidate.isAnonymised()) {
            throw new RuleViolationException(null, "rule.candidate.anonymised");
        }
        CandidateAttachment attachment = new CandidateAttachment(candidate, fileName, content, clock.instant(),
                viewer.username());
        candidates.addAttachment(attachment);
        audit.record(viewer.username(), "ATTACH", HiringAccess.CANDIDATE, candidateId, Fits.label(candidate),
                new Changes().created("attachment", attachment.getContentType() + ", " + attachment.getSize()
                        + " B"));
        return attachment.getId();
    }

    /** An attachment of the candidate; another candidate's attachment id answers "not found". */
    public AttachmentDownload download(long candidateId, long attachmentId) {
        CandidateAttachment attachment = readable(currentUser.viewer(), candidateId, attachmentId);
        return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(),
                attachment.getContent());
    }

    public void remove(long candidateId, long attachmentId) {
        Viewer viewer = currentUser.viewer();
        CandidateAttachment attachment = readable(viewer, candidateId, attachmentId);
        access.requireHr(viewer);
        candidates.removeAttachment(attachment);
        audit.record(viewer.username(), "DETACH", HiringAccess.CANDIDATE, candidateId,
                Fits.label(attachment.getCandidate()), new Changes().compare("attachment",
                        attachment.getContentType() + ", " + attachment.getSize() + " B", null));
    }

    private CandidateAttachment readable(Viewer viewer, long candidateId, long attachmentId) {
        CandidateAttachment attachment = candidates.findAttachment(attachmentId)
                .filter(a -> a.getCandidate().getId() == candidateId)
                .orElseThrow(() -> new NotFoundException("Attachment"));
        try {
            access.readableCandidate(viewer, attachment.getCandidate().getId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Attachment");
        }
        return attachment;
    }
}
