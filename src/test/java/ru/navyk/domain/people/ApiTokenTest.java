package ru.navyk.domain.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");

    private static ApiToken token() {
        return new ApiToken(null, "Отчеты", "0".repeat(64), "nvk_abc", CREATED);
    }

    @Test
    void theFirstUseIsRecorded() {
        ApiToken token = token();
        assertNull(token.getLastUsedAt());
        token.markUsed(CREATED.plusSeconds(5));
        assertEquals(CREATED.plusSeconds(5), token.getLastUsedAt());
    }

    @Test
    void usesWithinAMinuteOfTheRecordedOneChangeNothing() {
        ApiToken token = token();
        token.markUsed(CREATED);
        token.markUsed(CREATED.plusSeconds(30));
        token.markUsed(CREATED.plusSeconds(59));
        assertEquals(CREATED, token.getLastUsedAt());
    }

    @Test
    void aUseAMinuteOrMoreLaterIsRecorded() {
        ApiToken token = token();
        token.markUsed(CREATED);
        token.markUsed(CREATED.plusSeconds(60));
        assertEquals(CREATED.plusSeconds(60), token.getLastUsedAt());
        token.markUsed(CREATED.plusSeconds(3_600));
        assertEquals(CREATED.plusSeconds(3_600), token.getLastUsedAt());
    }
}
