package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.notification.Notification;
import ru.navyk.domain.notification.NotificationRepository;
import ru.navyk.domain.notification.OutboxMail;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public void addAll(List<Notification> notifications) {
        JdbcBatch.write(em, "INSERT INTO notification (recipient_id, subject, body, link, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", notifications.stream().map(n -> new Object[] {n.getRecipient().getId(),
                n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt()}).toList());
    }

    @Override
    public void addAllMail(List<OutboxMail> mails) {
        JdbcBatch.write(em, "INSERT INTO mail_outbox (recipient, subject, body, created_at, attempts)"
                + " VALUES (?, ?, ?, ?, 0)", mails.stream().map(m -> new Object[] {m.getRecipient(), m.getSubject(),
                m.getBody(), m.getCreatedAt()}).toList());
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> inbox(long recipientId, int max) {
        // Unread first: CASE keeps it one query without a boolean column.
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :recipient"
                        + " ORDER BY CASE WHEN n.readAt IS NULL THEN 0 ELSE 1 END, n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("recipient", recipientId).setMaxResults(max).getResultList();
    }

    @Override
    public long countUnread(long recipientId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :recipient"
                        + " AND n.readAt IS NULL", Long.class)
                .setParameter("recipient", recipientId).getSingleResult();
    }

    @Override
    public List<OutboxMail> pendingMail(int max) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL AND m.attempts < :max ORDER BY m.id",
                OutboxMail.class).setParameter("max", OutboxMail.MAX_ATTEMPTS).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<OutboxMail> findMail(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }
}
