package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.knowledge.Acknowledgement;
import ru.navyk.domain.knowledge.Campaign;
import ru.navyk.domain.knowledge.CampaignQuery;
import ru.navyk.domain.knowledge.CampaignRepository;
import ru.navyk.domain.knowledge.Obligation;
import ru.navyk.domain.knowledge.ObligationLine;
import ru.navyk.domain.knowledge.ObligationStatus;
import ru.navyk.domain.knowledge.QuizAttempt;
import ru.navyk.domain.knowledge.Reminder;
import ru.navyk.domain.knowledge.ReminderKind;
import ru.navyk.domain.knowledge.Supersession;
import ru.navyk.domain.knowledge.TeamCount;
import ru.navyk.domain.people.PersonScope;

@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {

    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(Campaign campaign) {
        em.persist(campaign);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<Campaign> find(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    @Override
    public List<Campaign> list(int first, int max) {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.createdAt DESC, c.id DESC", Campaign.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM Campaign c", Long.class).getSingleResult();
    }

    @Override
    public List<Campaign> ofArticle(long articleId) {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.article.id = :article"
                + " ORDER BY c.createdAt DESC, c.id DESC", Campaign.class).setParameter("article", articleId)
                .getResultList();
    }

    @Override
    public void add(Obligation obligation) {
        em.persist(obligation);
    }

    @Override
    public void addObligations(Campaign campaign, Collection<Long> personIds, Instant createdAt) {
        List<Object[]> rows = new ArrayList<>();
        for (Long personId : personIds) {
            rows.add(new Object[] {campaign.getId(), personId, campaign.getArticle().getId(),
                    campaign.getRevision().getId(), ObligationStatus.PENDING.name(), campaign.getDeadline(),
                    createdAt});
        }
        JdbcBatch.write(em, "INSERT INTO kb_obligation (campaign_id, person_id, article_id, revision_id, status,"
                + " deadline, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Override
    public Optional<Obligation> findObligation(long id) {
        return Optional.ofNullable(em.find(Obligation.class, id));
    }

    @Override
    public Optional<Obligation> lockObligation(long id) {
        return Optional.ofNullable(em.find(Obligation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Supersession.OpenObligation> lockOpenObligations(long articleId) {
        // One table, no ORDER BY: Derby refuses FOR UPDATE on joins and ordered queries, so the revisions' numbers
        // are read apart (an article has a handful of revisions).
        List<Object[]> rows = em.createQuery("SELECT o.id, o.personId, o.revisionId FROM Obligation o"
                        + " WHERE o.article.id = :article AND o.status = :pending", Object[].class)
                .setParameter("article", articleId).setParameter("pending", ObligationStatus.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> numbers = new HashMap<>();
        for (Object[] revision : em.createQuery("SELECT r.id, r.number FROM ArticleRevision r"
                        + " WHERE r.article.id = :article", Object[].class)
                .setParameter("article", articleId).getResultList()) {
            numbers.put((Long) revision[0], (Integer) revision[1]);
        }
        List<Supersession.OpenObligation> open = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            open.add(new Supersession.OpenObligation((Long) row[0], (Long) row[1], numbers.get((Long) row[2])));
        }
        return open;
    }

    @Override
    public int supersede(Collection<Long> obligationIds, Campaign newer, Instant at) {
        // One UPDATE by primary key per obligation, sent in JDBC batches: a single UPDATE over the article's rows
        // made Derby scan the whole table (it changes a column of the index it would search by), 30 s at 5,000
        // agents; as entities, the persistence context compared thousands of them for changes at the flush.
        List<Object[]> rows = new ArrayList<>(obligationIds.size());
        for (Long id : obligationIds) {
            rows.add(new Object[] {ObligationStatus.SUPERSEDED.name(), newer.getId(), at, id,
                    ObligationStatus.PENDING.name()});
        }
        return JdbcBatch.write(em, "UPDATE kb_obligation SET status = ?, superseded_by = ?, closed_at = ?"
                + " WHERE id = ? AND status = ?", rows);
    }

    @Override
    public Set<Long> acknowledgedBefore(long articleId, int revisionNumber) {
        return new HashSet<>(em.createQuery("SELECT a.personId FROM Acknowledgement a WHERE a.revision.article.id"
                        + " = :article AND a.revision.number < :number", Long.class)
                .setParameter("article", articleId).setParameter("number", revisionNumber).getResultList());
    }

    @Override
    public Set<Long> obligedFor(long revisionId) {
        return new HashSet<>(em.createQuery("SELECT o.person.id FROM Obligation o WHERE o.revision.id = :revision"
                        + " AND o.status IN :statuses", Long.class)
                .setParameter("revision", revisionId)
                .setParameter("statuses", List.of(ObligationStatus.PENDING, ObligationStatus.DONE)).getResultList());
    }

    @Override
    public List<ObligationLine> openObligationsOf(long personId) {
        List<ObligationLine> open = em.createQuery("SELECT NEW ru.navyk.domain.knowledge.ObligationLine(o.id, a.id,"
                        + " a.title, r.id, r.number, r.summary, r.major, o.deadline)"
                        + " FROM Obligation o JOIN o.article a JOIN o.revision r"
                        + " WHERE o.person.id = :person AND o.status = :pending ORDER BY o.deadline, o.id",
                ObligationLine.class)
                .setParameter("person", personId).setParameter("pending", ObligationStatus.PENDING)
                .getResultList();
        if (open.isEmpty()) {
            return open;
        }
        Set<Long> withQuiz = new HashSet<>(em.createQuery("SELECT DISTINCT q.revision.id FROM QuizQuestion q"
                        + " WHERE q.revision.id IN :revisions", Long.class)
                .setParameter("revisions", open.stream().map(ObligationLine::revisionId).distinct().toList())
                .getResultList());
        return open.stream().map(o -> o.withQuiz(withQuiz.contains(o.revisionId()))).toList();
    }

    @Override
    public List<Obligation> obligationsOf(long personId, int max) {
        return em.createQuery("SELECT o FROM Obligation o JOIN FETCH o.article JOIN FETCH o.revision"
                        + " WHERE o.person.id = :person ORDER BY o.createdAt DESC, o.id DESC", Obligation.class)
                .setParameter("person", personId).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<Acknowledgement> acknowledgementOf(long obligationId) {
        return em.createQuery("SELECT a FROM Acknowledgement a WHERE a.obligation.id = :obligation",
                Acknowledgement.class).setParameter("obligation", obligationId).getResultStream().findFirst();
    }

    @Override
    public void add(Acknowledgement acknowledgement) {
        em.persist(acknowledgement);
        em.flush(); // the unique key on the obligation speaks now, inside the caller's handling, not at commit
    }

    @Override
    public Optional<Integer> lastAcknowledgedRevision(long personId, long articleId) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(a.revision.number) FROM Acknowledgement a"
                        + " WHERE a.personId = :person AND a.revision.article.id = :article", Integer.class)
                .setParameter("person", personId).setParameter("article", articleId).getSingleResult());
    }

    @Override
    public void add(QuizAttempt attempt) {
        em.persist(attempt);
        em.flush(); // identity column: a pass's evidence names the attempt by its id
    }

    @Override
    public List<QuizAttempt> attempts(long obligationId) {
        return em.createQuery("SELECT q FROM QuizAttempt q WHERE q.obligation.id = :obligation ORDER BY q.id",
                QuizAttempt.class).setParameter("obligation", obligationId).getResultList();
    }

    @Override
    public List<Obligation> obligations(CampaignQuery query, int first, int max) {
        if (query.scope().isEmpty()) {
            return List.of();
        }
        PersonScope scope = ScopeCondition.narrowed(em, query.scope());
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, scope, parameters);
        TypedQuery<Obligation> select = em.createQuery("SELECT o FROM Obligation o JOIN FETCH o.person p"
                + ScopeCondition.join("o.personId", scope) + where
                + " ORDER BY p.lastName, p.firstName, p.id", Obligation.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countObligations(CampaignQuery query) {
        if (query.scope().isEmpty()) {
            return 0;
        }
        PersonScope scope = ScopeCondition.narrowed(em, query.scope());
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, scope, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Obligation o JOIN o.person p"
                + ScopeCondition.join("o.personId", scope) + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public Map<Long, Map<ObligationStatus, Long>> countByStatus(Collection<Long> campaignIds, PersonScope scope) {
        Map<Long, Map<ObligationStatus, Long>> counts = new HashMap<>();
        for (Long id : campaignIds) {
            Map<ObligationStatus, Long> zero = new EnumMap<>(ObligationStatus.class);
            for (ObligationStatus status : ObligationStatus.values()) {
                zero.put(status, 0L);
            }
            counts.put(id, zero);
        }
        if (campaignIds.isEmpty() || scope.isEmpty()) {
            return counts;
        }
        scope = ScopeCondition.narrowed(em, scope);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("campaigns", List.copyOf(campaignIds));
        TypedQuery<Object[]> query = em.createQuery("SELECT o.campaign.id, o.status, COUNT(o) FROM Obligation o"
                + " JOIN o.person p" + ScopeCondition.join("o.personId", scope) + " WHERE o.campaign.id IN :campaigns"
                + scopeCondition(scope, parameters)
                + " GROUP BY o.campaign.id, o.status", Object[].class);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.get((Long) row[0]).put((ObligationStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    @Override
    public Map<Long, Long> countOverdue(Collection<Long> campaignIds, PersonScope scope, LocalDate today) {
        Map<Long, Long> counts = new HashMap<>();
        campaignIds.forEach(id -> counts.put(id, 0L));
        if (campaignIds.isEmpty() || scope.isEmpty()) {
            return counts;
        }
        scope = ScopeCondition.narrowed(em, scope);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("campaigns", List.copyOf(campaignIds));
        parameters.put("pending", ObligationStatus.PENDING);
        parameters.put("today", today);
        TypedQuery<Object[]> query = em.createQuery("SELECT o.campaign.id, COUNT(o) FROM Obligation o JOIN o.person p"
                + ScopeCondition.join("o.personId", scope) + " WHERE o.campaign.id IN :campaigns"
                + " AND o.status = :pending AND o.deadline < :today"
                + scopeCondition(scope, parameters) + " GROUP BY o.campaign.id", Object[].class);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public List<TeamCount> countByTeam(long campaignId, PersonScope scope, LocalDate today) {
        if (scope.isEmpty()) {
            return List.of();
        }
        scope = ScopeCondition.narrowed(em, scope);
        List<TeamCount> counts = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("campaign", campaignId);
        String from = " FROM Obligation o JOIN o.person p LEFT JOIN p.memberships m ON m.endedOn IS NULL"
                + " LEFT JOIN m.team t" + ScopeCondition.join("o.personId", scope) + " WHERE o.campaign.id = :campaign"
                + scopeCondition(scope, parameters);
        TypedQuery<Object[]> byStatus = em.createQuery("SELECT t.id, t.name, o.status, COUNT(o)" + from
                + " GROUP BY t.id, t.name, o.status", Object[].class);
        parameters.forEach(byStatus::setParameter);
        for (Object[] row : byStatus.getResultList()) {
            counts.add(new TeamCount((Long) row[0], (String) row[1], (ObligationStatus) row[2], false,
                    (Long) row[3]));
        }
        parameters.put("pending", ObligationStatus.PENDING);
        parameters.put("today", today);
        TypedQuery<Object[]> overdue = em.createQuery("SELECT t.id, t.name, COUNT(o)" + from
                + " AND o.status = :pending AND o.deadline < :today GROUP BY t.id, t.name", Object[].class);
        parameters.forEach(overdue::setParameter);
        for (Object[] row : overdue.getResultList()) {
            counts.add(new TeamCount((Long) row[0], (String) row[1], ObligationStatus.PENDING, true, (Long) row[2]));
        }
        return counts;
    }

    /**
     * {@code AND …} limiting the obligation's person to the scope, with its parameters; empty for everyone. The query
     * must also carry the scope's join ({@link ScopeCondition#join}).
     */
    private static String scopeCondition(PersonScope scope, Map<String, Object> parameters) {
        ScopeCondition.addParameters(scope, parameters);
        return ScopeCondition.andCondition("o.personId", scope);
    }

    /**
     * The WHERE clause, limited to {@code scope} (the query's own, {@linkplain ScopeCondition#narrowed narrowed}; never
     * empty). No EXISTS and no 1 = 1, for the reason the people query gives.
     */
    private static String where(CampaignQuery query, PersonScope scope, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        parameters.put("campaign", query.campaignId());
        conditions.add("o.campaign.id = :campaign");
        if (query.status() != null) {
            parameters.put("status", query.status());
            conditions.add("o.status = :status");
        }
        if (query.overdueOn() != null) {
            parameters.put("pending", ObligationStatus.PENDING);
            parameters.put("today", query.overdueOn());
            conditions.add("o.status = :pending AND o.deadline < :today");
        }
        return " WHERE " + String.join(" AND ", conditions) + scopeCondition(scope, parameters);
    }

    @Override
    public Map<Long, Acknowledgement> acknowledgements(Collection<Long> obligationIds) {
        Map<Long, Acknowledgement> found = new HashMap<>();
        List<Long> all = List.copyOf(obligationIds);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            em.createQuery("SELECT a FROM Acknowledgement a WHERE a.obligation.id IN :ids", Acknowledgement.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + IN_CHUNK))).getResultList()
                    .forEach(a -> found.put(a.getObligation().getId(), a));
        }
        return found;
    }

    @Override
    public List<Obligation> dueForReminder(ReminderKind kind, LocalDate today, int max) {
        String due = kind == ReminderKind.BEFORE_DEADLINE
                ? "o.deadline >= :today AND o.deadline <= :tomorrow"
                : "o.deadline < :today";
        TypedQuery<Obligation> query = em.createQuery("SELECT o FROM Obligation o JOIN FETCH o.person"
                + " WHERE o.status = :pending AND " + due
                + " AND o.id NOT IN (SELECT r.obligation.id FROM Reminder r WHERE r.kind = :kind) ORDER BY o.id",
                Obligation.class)
                .setParameter("pending", ObligationStatus.PENDING).setParameter("today", today)
                .setParameter("kind", kind);
        if (kind == ReminderKind.BEFORE_DEADLINE) {
            query.setParameter("tomorrow", today.plusDays(1));
        }
        // Values in the SQL text, not bound: with "status = ?" Derby cannot tell that few obligations are open and
        // scans the whole table (55 ms at 500 people, growing with the centre); with the values it uses the
        // (status, deadline) index (0.3 ms). The values come from this code, never from a user.
        return query.setHint("eclipselink.jdbc.bind-parameters", "false").setMaxResults(max).getResultList();
    }

    @Override
    public void add(Reminder reminder) {
        em.persist(reminder);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
