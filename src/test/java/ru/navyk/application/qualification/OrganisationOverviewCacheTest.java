package ru.navyk.application.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import ru.navyk.application.qualification.QualificationViews.OrganisationOverview;

class OrganisationOverviewCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final OrganisationOverviewCache.Key EVERYONE = new OrganisationOverviewCache.Key(true, Set.of(),
            "ru", DAY, 1);

    /** Refreshes queued here and run when the test says. */
    private final List<Runnable> background = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final OrganisationOverviewCache cache = new OrganisationOverviewCache(background::add, nanos::get);
    private final AtomicInteger computed = new AtomicInteger();

    private OrganisationOverview compute() {
        computed.incrementAndGet();
        return new OrganisationOverview(DAY, computed.get(), List.of(), Map.of(), List.of(), List.of());
    }

    @Test
    void aViewIsComputedOnceWhileNothingChanges() {
        OrganisationOverview first = cache.get(EVERYONE, this::compute);
        assertSame(first, cache.get(EVERYONE, this::compute));
        assertEquals(1, computed.get());
    }

    @Test
    void aChangeOfWhatItCountsComputesItAgain() {
        OrganisationOverview first = cache.get(EVERYONE, this::compute);
        QualificationDataChanges.changed();
        OrganisationOverview second = cache.get(EVERYONE, this::compute);
        assertNotSame(first, second);
        assertEquals(2, computed.get());
    }

    @Test
    void anAgedViewAnswersAtOnceAndIsRefreshedInTheBackgroundOnce() {
        OrganisationOverview first = cache.get(EVERYONE, this::compute);
        pass(OrganisationOverviewCache.MAX_AGE.plusSeconds(1));

        assertSame(first, cache.get(EVERYONE, this::compute), "the aged view answers");
        assertSame(first, cache.get(EVERYONE, this::compute), "and again, while its refresh waits");
        assertEquals(1, background.size(), "one refresh queued, not one per request");
        assertEquals(1, computed.get(), "nothing computed by a request");

        background.remove(0).run();
        OrganisationOverview refreshed = cache.get(EVERYONE, this::compute);
        assertNotSame(first, refreshed);
        assertEquals(2, computed.get());
        assertSame(refreshed, cache.get(EVERYONE, this::compute));
        assertTrue(background.isEmpty());
    }

    @Test
    void aViewOlderThanTheStaleLimitIsComputedByTheRequest() {
        OrganisationOverview first = cache.get(EVERYONE, this::compute);
        pass(OrganisationOverviewCache.MAX_STALE);

        OrganisationOverview second = cache.get(EVERYONE, this::compute);
        assertNotSame(first, second);
        assertEquals(2, computed.get());
        assertTrue(background.isEmpty());
    }

    @Test
    void aChangeOnThisNodeIsCountedByTheNextRequestEvenForAnAgedView() {
        OrganisationOverview first = cache.get(EVERYONE, this::compute);
        pass(OrganisationOverviewCache.MAX_AGE.plusSeconds(1));
        QualificationDataChanges.changed();

        OrganisationOverview second = cache.get(EVERYONE, this::compute);
        assertNotSame(first, second);
        assertEquals(2, computed.get());
        assertTrue(background.isEmpty());
    }

    @Test
    void aFailedRefreshLeavesTheAgedViewAndIsTriedAgain() {
        OrganisationOverview first = cache.get(EVERYONE, this::compute);
        pass(OrganisationOverviewCache.MAX_AGE.plusSeconds(1));
        assertSame(first, cache.get(EVERYONE, () -> {
            throw new IllegalStateException("database gone");
        }));
        background.remove(0).run();

        assertSame(first, cache.get(EVERYONE, this::compute), "still answered after the failed refresh");
        assertEquals(1, background.size(), "the next request queues another refresh");
    }

    @Test
    void scopesLanguagesDaysAndModelsAreSeparate() {
        cache.get(EVERYONE, this::compute);
        cache.get(new OrganisationOverviewCache.Key(false, Set.of(3L, 4L), "ru", DAY, 1), this::compute);
        cache.get(new OrganisationOverviewCache.Key(true, Set.of(), "en", DAY, 1), this::compute);
        cache.get(new OrganisationOverviewCache.Key(true, Set.of(), "ru", DAY.plusDays(1), 1), this::compute);
        cache.get(new OrganisationOverviewCache.Key(true, Set.of(), "ru", DAY, 2), this::compute);
        assertEquals(5, computed.get());
        cache.get(new OrganisationOverviewCache.Key(false, Set.of(4L, 3L), "ru", DAY, 1), this::compute);
        assertEquals(5, computed.get(), "the same teams in another order are the same scope");
    }

    @Test
    void concurrentRequestsForTheSameViewWaitForOneComputation() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<OrganisationOverview>> views = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                views.add(pool.submit(() -> {
                    start.await();
                    return cache.get(EVERYONE, () -> {
                        sleep();
                        return compute();
                    });
                }));
            }
            start.countDown();
            OrganisationOverview first = views.get(0).get();
            for (Future<OrganisationOverview> view : views) {
                assertSame(first, view.get());
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aComputationHoldsNoRequestForAnotherView() throws Exception {
        OrganisationOverviewCache.Key neighbour = sameHashBinAs(EVERYONE);
        OrganisationOverview cachedNeighbour = cache.get(neighbour, this::compute);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<OrganisationOverview> slow = pool.submit(() -> cache.get(EVERYONE, () -> {
                computing.countDown();
                await(release);
                return compute();
            }));
            computing.await();
            // While the slow view is still being computed, another cached view and another new one are answered.
            assertSame(cachedNeighbour, pool.submit(() -> cache.get(neighbour, this::compute))
                    .get(30, TimeUnit.SECONDS));
            OrganisationOverviewCache.Key manager = new OrganisationOverviewCache.Key(false, Set.of(7L), "ru", DAY, 1);
            pool.submit(() -> cache.get(manager, this::compute)).get(30, TimeUnit.SECONDS);
            assertFalse(slow.isDone(), "the slow computation was still running");
            release.countDown();
            slow.get(30, TimeUnit.SECONDS);
            assertEquals(3, computed.get());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /**
     * A manager's key that a small {@code ConcurrentHashMap} (16 bins) puts in the same bin as {@code key}: the case
     * where computing inside {@code ConcurrentHashMap.compute} made one view's request wait for another's.
     */
    private static OrganisationOverviewCache.Key sameHashBinAs(OrganisationOverviewCache.Key key) {
        for (long team = 1; ; team++) {
            OrganisationOverviewCache.Key candidate = new OrganisationOverviewCache.Key(false, Set.of(team), "ru",
                    DAY, 1);
            if (bin(candidate) == bin(key)) {
                return candidate;
            }
        }
    }

    private static int bin(Object key) {
        int hash = key.hashCode();
        return (hash ^ (hash >>> 16)) & 15;
    }

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
