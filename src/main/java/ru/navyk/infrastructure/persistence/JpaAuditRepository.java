package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.navyk.domain.audit.AuditEntry;
import ru.navyk.domain.audit.AuditQuery;
import ru.navyk.domain.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<AuditEntry> select = em.createQuery("SELECT a FROM AuditEntry a WHERE " + where(query, parameters)
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<AuditEntry> searchAfter(AuditQuery query, Instant occurredAt, long id, int max) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("afterTime", occurredAt);
        parameters.put("afterId", id);
        TypedQuery<AuditEntry> select = em.createQuery("SELECT a FROM AuditEntry a WHERE " + where(query, parameters)
                + " AND (a.occurredAt < :afterTime OR (a.occurredAt = :afterTime AND a.id < :afterId))"
                + " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE "
                + where(query, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType", String.class)
                .getResultList();
    }

    private static String where(AuditQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (present(query.actor())) {
            parameters.put("actor", query.actor().strip().toLowerCase(Locale.ROOT));
            conditions.add("LOWER(a.actor) = :actor");
        }
        if (present(query.entityType())) {
            parameters.put("entityType", query.entityType());
            conditions.add("a.entityType = :entityType");
        }
        if (present(query.entityId())) {
            parameters.put("entityId", query.entityId());
            conditions.add("a.entityId = :entityId");
        }
        if (present(query.text())) {
            parameters.put("text", "%" + likeLiteral(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
            conditions.add("(LOWER(a.entityLabel) LIKE :text ESCAPE '\\' OR LOWER(a.field) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(a.oldValue) LIKE :text ESCAPE '\\' OR LOWER(a.newValue) LIKE :text ESCAPE '\\')");
        }
        if (query.from() != null) {
            parameters.put("from", query.from());
            conditions.add("a.occurredAt >= :from");
        }
        if (query.to() != null) {
            parameters.put("to", query.to());
            conditions.add("a.occurredAt < :to");
        }
        return String.join(" AND ", conditions);
    }

    /** Typed text is matched as written: {@code %} and {@code _} are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
