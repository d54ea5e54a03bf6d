package ru.navyk.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final Function<String, String> upper = text -> {
        computed.incrementAndGet();
        return text.toUpperCase();
    };

    @Test
    void answersTheSameInputFromMemory() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(10);

        String first = memo.get("текст", upper);
        String second = memo.get(new String("текст"), upper);

        assertEquals("ТЕКСТ", first);
        assertSame(first, second);
        assertEquals(1, computed.get());
    }

    @Test
    void aChangedInputIsComputedAgain() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(10);

        memo.get("версия 1", upper);
        String changed = memo.get("версия 2", upper);

        assertEquals("ВЕРСИЯ 2", changed);
        assertEquals(2, computed.get());
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(2);
        memo.get("a", upper);
        memo.get("b", upper);
        memo.get("a", upper);

        memo.get("c", upper);
        assertEquals(2, memo.size());
        assertEquals(3, computed.get());

        memo.get("a", upper);
        assertEquals(3, computed.get(), "the recently used one was kept");
        memo.get("b", upper);
        assertEquals(4, computed.get(), "the least recently used one was forgotten");
    }

    @Test
    void refusesAMemoOfNothing() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<String, String>(0));
    }

    @Test
    void aResultNoLongerValidIsForgotten() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(10);
        memo.put("key", "old");

        assertEquals(Optional.of("old"), memo.find("key", value -> true));
        assertEquals(Optional.empty(), memo.find("key", value -> false));
        assertEquals(Optional.empty(), memo.find("key", value -> true), "forgotten once found invalid");
        assertEquals(0, memo.size());
    }
}
