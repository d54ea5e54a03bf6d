package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;

/**
 * The organisation view, computed once and reused. The view counts over the whole centre, so computing it reads
 * everyone's positions, training and decisions (seconds at 5,000 people); reading it is frequent and its figures
 * change rarely.
 *
 * <p>A computed view is reused while nothing it is computed from changed on this node (see
 * {@link QualificationDataChanges}) and for at most {@link #MAX_AGE}: other nodes of a cluster write without this
 * node knowing, and their changes show here within that time. Each viewer scope, language, day and model version is
 * computed separately.
 */
@ApplicationScoped
public class OrganisationOverviewCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /** Days, scopes and languages that are no longer asked for are dropped past this many. */
    private static final int MAX_ENTRIES = 200;

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
    }

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /** One monitor per key, so a computation holds only the requests for its own view. */
    private final ConcurrentHashMap<Key, Object> computing = new ConcurrentHashMap<>();

    /**
     * The view for {@code key}, computed by {@code compute} when there is none or it is stale. Concurrent requests
     * for the same key wait for one computation instead of each computing it; requests for other keys never wait
     * for it (not {@code ConcurrentHashMap.compute}, which would hold every key of the same hash bin for the
     * seconds a computation takes).
     */
    OrganisationOverview get(Key key, Supplier<OrganisationOverview> compute) {
        Entry cached = entries.get(key);
        if (cached != null && cached.freshAt(QualificationDataChanges.generation(), System.nanoTime())) {
            return cached.overview();
        }
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            // The generation is read before computing: a change written meanwhile leaves the entry stale.
            long generation = QualificationDataChanges.generation();
            cached = entries.get(key);
            if (cached != null && cached.freshAt(generation, System.nanoTime())) {
                return cached.overview(); // computed by the request this one waited for
            }
            Entry computed = new Entry(compute.get(), generation, System.nanoTime());
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
                computing.clear();
            }
            entries.put(key, computed);
            return computed.overview();
        }
    }
}
