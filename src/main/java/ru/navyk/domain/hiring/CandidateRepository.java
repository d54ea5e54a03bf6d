package ru.navyk.domain.hiring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Candidates with their experience, pipeline and assessments; attachments apart, since their content is large. */
public interface CandidateRepository {

    void add(Candidate candidate);

    Optional<Candidate> find(long id);

    /** Every candidate of a vacancy, with experience and assessments loaded in a fixed number of queries. */
    List<Candidate> findByVacancy(long vacancyId);

    /** Rejected or withdrawn candidates, not yet anonymised, whose pipeline ended before {@code endedBefore}. */
    List<Candidate> findEndedBefore(LocalDate endedBefore);

    /** The new assessment gets its id (the source id its evidence will carry). */
    void flush();

    void addAttachment(CandidateAttachment attachment);

    List<AttachmentInfo> attachmentsOf(long candidateId);

    /** With its content. */
    Optional<CandidateAttachment> findAttachment(long attachmentId);

    void removeAttachment(CandidateAttachment attachment);

    /** Deletes every attachment of a candidate; answers how many there were. */
    int removeAttachmentsOf(long candidateId);
}
