package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.hiring.AttachmentInfo;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateAttachment;
import ru.navyk.domain.hiring.CandidateRepository;
import ru.navyk.domain.hiring.CandidateStage;

@ApplicationScoped
public class JpaCandidateRepository implements CandidateRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(Candidate candidate) {
        em.persist(candidate);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<Candidate> find(long id) {
        return em.createQuery("SELECT c FROM Candidate c JOIN FETCH c.vacancy v JOIN FETCH v.profileVersion"
                + " JOIN FETCH v.team WHERE c.id = :id", Candidate.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Candidate> findByVacancy(long vacancyId) {
        // Batch fetching loads each collection of all the vacancy's candidates in one more query, whatever their
        // number, instead of one query per candidate.
        return em.createQuery("SELECT c FROM Candidate c WHERE c.vacancy.id = :vacancy ORDER BY c.id", Candidate.class)
                .setParameter("vacancy", vacancyId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.experiences")
                .setHint("eclipselink.batch", "c.assessments")
                .setHint("eclipselink.batch", "c.assessments.ratings")
                .setHint("eclipselink.batch", "c.assessments.ratings.item")
                .getResultList();
    }

    @Override
    public List<Candidate> findEndedBefore(LocalDate endedBefore) {
        return em.createQuery("SELECT c FROM Candidate c WHERE c.stage IN :stages AND c.anonymisedAt IS NULL"
                        + " AND c.stageSince < :before ORDER BY c.id", Candidate.class)
                .setParameter("stages", List.of(CandidateStage.REJECTED, CandidateStage.WITHDRAWN))
                .setParameter("before", endedBefore).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void addAttachment(CandidateAttachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    @Override
    public List<AttachmentInfo> attachmentsOf(long candidateId) {
        return em.createQuery("SELECT NEW ru.navyk.domain.hiring.AttachmentInfo(a.id, a.candidate.id, a.fileName,"
                        + " a.contentType, a.size, a.uploadedAt, a.uploadedBy) FROM CandidateAttachment a"
                        + " WHERE a.candidate.id = :candidate ORDER BY a.id", AttachmentInfo.class)
                .setParameter("candidate", candidateId).getResultList();
    }

    @Override
    public Optional<CandidateAttachment> findAttachment(long attachmentId) {
        return Optional.ofNullable(em.find(CandidateAttachment.class, attachmentId));
    }

    @Override
    public void removeAttachment(CandidateAttachment attachment) {
        em.remove(attachment);
    }

    @Override
    public int removeAttachmentsOf(long candidateId) {
        return em.createQuery("DELETE FROM CandidateAttachment a WHERE a.candidate.id = :candidate")
                .setParameter("candidate", candidateId).executeUpdate();
    }
}
