package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import ru.navyk.domain.operations.JobRunRepository;
import ru.navyk.domain.operations.ScheduledJobRun;

@ApplicationScoped
public class JpaJobRunRepository implements JobRunRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public void add(ScheduledJobRun run) {
        em.persist(run);
        em.flush();
    }

    @Override
    public Optional<ScheduledJobRun> find(long id) {
        return Optional.ofNullable(em.find(ScheduledJobRun.class, id));
    }

    @Override
    public int deleteStartedBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM scheduled_job_run WHERE started_at < ?")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }
}
