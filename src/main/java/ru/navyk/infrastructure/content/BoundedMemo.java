package ru.navyk.infrastructure.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Remembers results for the most recently used inputs, at most {@code capacity} of them, forgetting the least
 * recently used first. For a pure function of text ({@link #get}) keyed by the text itself (not by an id), so a
 * changed text can never be answered with an old result: every agent at a shift start reads the same revision,
 * rendered and compared the same way. For results that can go stale, {@link #find} takes a validity check. A result
 * is computed outside the lock: two callers may compute the same one at once, which costs time but never gives a
 * wrong answer.
 *
 * @param <K> the input, compared with {@code equals}
 * @param <V> the result; must be immutable, since every caller gets the same instance
 */
public final class BoundedMemo<K, V> {

    private final int capacity;
    private final Map<K, V> recent;

    public BoundedMemo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedMemo.this.capacity;
            }
        };
    }

    /** The remembered result for the input, or the function's, which is then remembered. */
    public V get(K input, Function<K, V> function) {
        return find(input, result -> true).orElseGet(() -> {
            V result = function.apply(input);
            put(input, result);
            return result;
        });
    }

    /**
     * The remembered result for the input if there is one and it is still valid; a result no longer valid is
     * forgotten.
     */
    public Optional<V> find(K input, Predicate<V> stillValid) {
        synchronized (recent) {
            V known = recent.get(input);
            if (known == null) {
                return Optional.empty();
            }
            if (!stillValid.test(known)) {
                recent.remove(input);
                return Optional.empty();
            }
            return Optional.of(known);
        }
    }

    /** Remembers a result computed elsewhere (with {@link #find}, for results that can become invalid). */
    public void put(K input, V result) {
        synchronized (recent) {
            recent.put(input, result);
        }
    }

    /** How many results are remembered now. */
    public int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
