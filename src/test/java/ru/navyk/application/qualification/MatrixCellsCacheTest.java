package ru.navyk.application.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import ru.navyk.application.qualification.QualificationViews.MatrixCell;

class MatrixCellsCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final MatrixCellsCache cache = new MatrixCellsCache(nanos::get);
    private final Map<String, MatrixCell> cells = Map.of("A/01.3", new MatrixCell("A/01.3", 50, 2, 4));

    @Test
    void keptCellsAreFoundForTheSamePersonVersionAndDay() {
        MatrixCellsCache.Key key = new MatrixCellsCache.Key(7001, 11, TODAY);
        cache.keep(key, cache.stampBeforeReading(7001), cells);

        assertEquals(Optional.of(cells), cache.find(key));
        assertEquals(Optional.empty(), cache.find(new MatrixCellsCache.Key(7001, 12, TODAY)), "another version");
        assertEquals(Optional.empty(), cache.find(new MatrixCellsCache.Key(7001, 11, TODAY.plusDays(1))),
                "another day: ratings may have gone stale overnight");
        assertThrows(UnsupportedOperationException.class, () -> cache.find(key).get().put("x", null));
    }

    @Test
    void aRatingOfThePersonMakesTheirCellsStale() {
        MatrixCellsCache.Key key = new MatrixCellsCache.Key(7002, 11, TODAY);
        cache.keep(key, cache.stampBeforeReading(7002), cells);

        QualificationDataChanges.evidenceChanged(7002);

        assertEquals(Optional.empty(), cache.find(key));
    }

    @Test
    void aRatingWrittenWhileTheCellsWereComputedMakesThemStale() {
        MatrixCellsCache.Key key = new MatrixCellsCache.Key(7003, 11, TODAY);
        long stamp = cache.stampBeforeReading(7003);
        QualificationDataChanges.evidenceChanged(7003); // between reading the ratings and keeping the cells
        cache.keep(key, stamp, cells);

        assertEquals(Optional.empty(), cache.find(key));
    }

    @Test
    void cellsOlderThanTheMaximumAgeAreComputedAgain() {
        MatrixCellsCache.Key key = new MatrixCellsCache.Key(7004, 11, TODAY);
        cache.keep(key, cache.stampBeforeReading(7004), cells);

        nanos.addAndGet(MatrixCellsCache.MAX_AGE.toNanos() - 1);
        assertTrue(cache.find(key).isPresent());
        nanos.addAndGet(1);
        assertEquals(Optional.empty(), cache.find(key), "another node's ratings show within the maximum age");
    }
}
