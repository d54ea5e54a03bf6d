package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import ru.navyk.infrastructure.scheduling.ClusterLocks;

/**
 * {@link ClusterLocks} as plain SQL on {@code cluster_lock}: a conditional UPDATE is atomic on Derby and PostgreSQL
 * alike, and its row count says whether this node won. Native SQL because the timestamps are compared in the
 * statement itself, where JPQL would not apply the Instant converter to the parameters.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaClusterLocks implements ClusterLocks {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void ensureExists(String name, Instant firstDue) {
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM cluster_lock WHERE lock_name = ?")
                .setParameter(1, name).getSingleResult();
        if (rows.longValue() == 0) {
            em.createNativeQuery("INSERT INTO cluster_lock (lock_name, next_run_at) VALUES (?, ?)")
                    .setParameter(1, name).setParameter(2, Timestamp.from(firstDue)).executeUpdate();
        }
    }

    @Override
    public boolean tryAcquire(String name, String holder, Instant now, Instant until) {
        return em.createNativeQuery("UPDATE cluster_lock SET holder = ?, locked_until = ? WHERE lock_name = ?"
                        + " AND (locked_until IS NULL OR locked_until < ?)")
                .setParameter(1, holder).setParameter(2, Timestamp.from(until)).setParameter(3, name)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    @Override
    public boolean claimDueRun(String name, String holder, Instant now, Instant until, Instant nextDue) {
        return em.createNativeQuery("UPDATE cluster_lock SET holder = ?, locked_until = ?, next_run_at = ?"
                        + " WHERE lock_name = ? AND (locked_until IS NULL OR locked_until < ?)"
                        + " AND (next_run_at IS NULL OR next_run_at <= ?)")
                .setParameter(1, holder).setParameter(2, Timestamp.from(until))
                .setParameter(3, Timestamp.from(nextDue)).setParameter(4, name)
                .setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    @Override
    public void release(String name, String holder) {
        em.createNativeQuery("UPDATE cluster_lock SET holder = NULL, locked_until = NULL"
                        + " WHERE lock_name = ? AND holder = ?")
                .setParameter(1, name).setParameter(2, holder).executeUpdate();
    }
}
