package ru.navyk.application.qualification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;

/**
 * The organisation view, computed once and reused. The view counts over the whole centre, so computing it reads
 * everyone's positions, training and decisions (seconds at 5,000 people, half a minute at 50,000); reading it is
 * frequent and its figures change rarely.
 *
 * <p>A view computed before a change on this node of what it counts (see {@link QualificationDataChanges}) is stale:
 * the next request computes it again and waits for it, so whoever just decided a level sees the decision counted.
 * Other nodes of a cluster write without this node knowing; for their changes a view is refreshed when it is older
 * than {@link #MAX_AGE}, in the background: the request that finds it aged is answered with it at once, and the
 * refreshed view answers the requests after the refresh. A view older than {@link #MAX_STALE} (its refreshes
 * failing, say) is never answered; the request computes it. Each viewer scope, language, day and model version is
 * computed separately.
 */
@ApplicationScoped
public class OrganisationOverviewCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final Duration MAX_STALE = Duration.ofMinutes(5);
    /** Days, scopes and languages that are no longer asked for are dropped past this many. */
    private static final int MAX_ENTRIES = 200;
    private static final Logger LOG = Logger.getLogger(OrganisationOverviewCache.class.getName());

    /** Whose view, in which language, on which day, by which model version. */
    record Key(boolean everyone, Set<Long> teamIds, String language, LocalDate day, long modelVersionId) {
        Key {
            teamIds = Set.copyOf(teamIds);
        }
    }

    private record Entry(OrganisationOverview overview, long generation, long computedAtNanos) {
        boolean freshAt(long generationNow, long nanosNow) {
            return generation == generationNow && nanosNow - computedAtNanos < MAX_AGE.toNanos();
        }

        /** Counts every change of this node, though maybe not another node's, and is not too old to answer. */
        boolean answersAt(long generationNow, long nanosNow) {
            return generation == generationNow && nanosNow - computedAtNanos < MAX_STALE.toNanos();
        }
    }

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /** One monitor per key, so a computation holds only the requests for its own view. */
    private final ConcurrentHashMap<Key, Object> computing = new ConcurrentHashMap<>();
    /** The keys whose refresh is queued or running, so that each has at most one. */
    private final Set<Key> refreshing = ConcurrentHashMap.newKeySet();

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private InNewTransaction transaction;

    /** Runs a refresh: on the server's executor, in a transaction of its own. */
    private Executor background;
    private final LongSupplier nanoTime;

    public OrganisationOverviewCache() {
        this.nanoTime = System::nanoTime;
    }

    /** For tests: refreshes run on {@code background}, and time is what {@code nanoTime} says. */
    OrganisationOverviewCache(Executor background, LongSupplier nanoTime) {
        this.background = background;
        this.nanoTime = nanoTime;
    }

    @PostConstruct
    void useServerExecutor() {
        background = work -> executor.execute(() -> transaction.run(work));
    }

    /**
     * The view for {@code key}, computed by {@code compute} when there is none or it is stale, refreshed in the
     * background when it is only aged. Concurrent requests for the same key wait for one computation instead of each
     * computing it; requests for other keys never wait for it (not {@code ConcurrentHashMap.compute}, which would
     * hold every key of the same hash bin for the seconds a computation takes).
     */
    OrganisationOverview get(Key key, Supplier<OrganisationOverview> compute) {
        Entry cached = entries.get(key);
        long generation = QualificationDataChanges.generation();
        long now = nanoTime.getAsLong();
        if (cached != null && cached.freshAt(generation, now)) {
            return cached.overview();
        }
        if (cached != null && cached.answersAt(generation, now)) {
            refreshInBackground(key, compute);
            return cached.overview();
        }
        return computeNow(key, compute);
    }

    private OrganisationOverview computeNow(Key key, Supplier<OrganisationOverview> compute) {
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            // The generation is read before computing: a change written meanwhile leaves the entry stale.
            long generation = QualificationDataChanges.generation();
            Entry cached = entries.get(key);
            if (cached != null && cached.freshAt(generation, nanoTime.getAsLong())) {
                return cached.overview(); // computed by the request this one waited for
            }
            Entry computed = new Entry(compute.get(), generation, nanoTime.getAsLong());
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
                computing.clear();
            }
            entries.put(key, computed);
            return computed.overview();
        }
    }

    /** Queues a refresh of {@code key}, unless one is queued or running. */
    void refreshInBackground(Key key, Supplier<OrganisationOverview> compute) {
        if (!refreshing.add(key)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    computeNow(key, compute);
                } catch (RuntimeException e) {
                    // The aged view keeps answering until MAX_STALE; the next request past MAX_AGE tries again.
                    LOG.log(Level.WARNING, "The organisation view could not be refreshed", e);
                } finally {
                    refreshing.remove(key);
                }
            });
        } catch (RejectedExecutionException e) {
            refreshing.remove(key);
            LOG.log(Level.WARNING, "The organisation view's refresh was not accepted by the executor", e);
        }
    }
}
