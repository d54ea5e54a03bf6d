package ru.navyk.application.qualification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import ru.navyk.application.qualification.QualificationViews.MatrixCell;
import ru.navyk.infrastructure.content.BoundedMemo;

/**
 * Each person's row of the team matrix (their progress on each labor function of their profile), kept so that a
 * manager reopening or paging the matrix does not read every rating of every person again (a page of 50 is about
 * 2,500 ratings). A row is current for the person, the profile version and the day it was computed for, until:
 * <ul>
 *   <li>a rating of the person is written on this node ({@link QualificationDataChanges#evidenceStamp}), or</li>
 *   <li>{@link #MAX_AGE} has passed — the bound on how late a rating written on another node of a cluster shows.</li>
 * </ul>
 * At most {@link #CAPACITY} rows are kept, the least recently used forgotten first.
 */
@ApplicationScoped
public class MatrixCellsCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final int CAPACITY = 20_000;

    /** Whose progress against which profile version on which day. */
    record Key(long personId, long profileVersionId, LocalDate day) {
    }

    private record Entry(Map<String, MatrixCell> cells, long stamp, long computedAtNanos) {
    }

    private final BoundedMemo<Key, Entry> rows = new BoundedMemo<>(CAPACITY);
    private final LongSupplier nanoTime;

    public MatrixCellsCache() {
        this(System::nanoTime);
    }

    MatrixCellsCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The person's cells, if kept and still current. */
    public Optional<Map<String, MatrixCell>> find(Key key) {
        long stamp = QualificationDataChanges.evidenceStamp(key.personId());
        long now = nanoTime.getAsLong();
        return rows.find(key, entry -> entry.stamp() == stamp
                && now - entry.computedAtNanos() < MAX_AGE.toNanos()).map(Entry::cells);
    }

    /**
     * The stamp to pass to {@link #keep}: read it before reading the ratings the cells are computed from, so a rating
     * written meanwhile makes them stale rather than being missed.
     */
    public long stampBeforeReading(long personId) {
        return QualificationDataChanges.evidenceStamp(personId);
    }

    /** Keeps the cells computed from the ratings read after {@code stamp} was taken. */
    public void keep(Key key, long stamp, Map<String, MatrixCell> cells) {
        rows.put(key, new Entry(Collections.unmodifiableMap(new LinkedHashMap<>(cells)), stamp,
                nanoTime.getAsLong()));
    }
}
