package ru.navyk.infrastructure.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of text for the most recently used inputs, at most {@code capacity} of
 * them. Keyed by the text itself (not by an id), so a changed text can never be answered with an old result; used
 * where the same text is turned into the same output over and over (every agent at a shift start reads the same
 * revision, rendered and compared the same way). A result is computed outside the lock: two callers may compute the
 * same one at once, which costs time but never gives a wrong answer.
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
        synchronized (recent) {
            V known = recent.get(input);
            if (known != null) {
                return known;
            }
        }
        V result = function.apply(input);
        synchronized (recent) {
            recent.put(input, result);
        }
        return result;
    }

    /** How many results are remembered now. */
    public int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
