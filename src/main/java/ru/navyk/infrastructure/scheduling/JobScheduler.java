package ru.navyk.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the scheduled jobs once the start-up work is done: every {@code navyk.jobs.poll} (default one minute) this
 * node offers each {@link ScheduledJob} bean to {@link JobRunner}, which runs it only when it is due for the whole
 * cluster. {@code navyk.jobs.<name>.interval} (ISO-8601) overrides a job's own interval; {@code navyk.jobs.enabled=
 * false} keeps a node out of the scheduled work altogether.
 */
@Singleton
@Startup
// After every start-up import and demo loader (these four depend on all the others): a job's first run, at the first
// tick, must find their data, on this node or, as each runs under the start-up lock, on the node that did it first.
// Only the last ones are named: Payara reports a redundant dependency (one also reached through another) as a cycle.
@DependsOn({"DemoHiring", "DemoTraining", "DemoQualificationOnStartup", "DemoKnowledgeBase"})
@TransactionManagement(TransactionManagementType.BEAN)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    @Any
    private Instance<ScheduledJob> jobs;

    @Inject
    private JobRunner runner;

    @Inject
    private Config config;

    @Inject
    @ConfigProperty(name = "navyk.jobs.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "navyk.jobs.poll", defaultValue = "PT1M")
    private String poll;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Scheduled jobs are disabled on this node (navyk.jobs.enabled=false)");
            return;
        }
        List<ScheduledJob> all = jobs.stream().toList();
        all.forEach(runner::register);
        long period = Duration.parse(poll).toMillis();
        ticking = executor.scheduleWithFixedDelay(() -> tick(all), period, period, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Scheduled jobs on this node, checked every " + poll + ": "
                + all.stream().map(job -> job.name() + " every " + intervalOf(job)).toList());
    }

    private void tick(List<ScheduledJob> all) {
        for (ScheduledJob job : all) {
            try {
                runner.runIfDue(job, intervalOf(job));
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; the next tick tries again.
                LOG.log(Level.WARNING, "Could not check scheduled job '" + job.name() + "'", e);
            }
        }
    }

    Duration intervalOf(ScheduledJob job) {
        return config.getOptionalValue("navyk.jobs." + job.name() + ".interval", String.class)
                .map(Duration::parse).orElse(job.defaultInterval());
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }
}
