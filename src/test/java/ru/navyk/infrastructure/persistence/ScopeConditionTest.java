package ru.navyk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.people.PersonScope;

class ScopeConditionTest {

    @Test
    void anInListIsPaddedToAPowerOfTwoWithTheSameIds() {
        for (int size : new int[] {1, 2, 15, 16, 17, 150, 256, 257, ScopeCondition.MAX_LISTED}) {
            Set<Long> ids = ids(size);
            List<Long> padded = ScopeCondition.padded(ids);
            int expected = Math.max(16, Integer.highestOneBit(size) == size ? size : Integer.highestOneBit(size) * 2);
            assertEquals(expected, padded.size(), "length for " + size);
            assertEquals(ids, new HashSet<>(padded), "ids for " + size);
        }
    }

    @Test
    void aListLongerThanAnyNarrowedScopeIsLeftAsItIs() {
        Set<Long> ids = ids(ScopeCondition.MAX_LISTED + 1);
        assertEquals(ids.size(), ScopeCondition.padded(ids).size());
    }

    @Test
    void aScopeOfPeopleOnlyIsAConditionWithoutJoin() {
        PersonScope scope = new PersonScope(false, Set.of(), Set.of(1L, 2L));
        ScopeCondition.Clause clause = ScopeCondition.on("p.id", scope).orElseThrow();
        assertEquals("", clause.join());
        assertEquals("p.id IN :scopePeople", clause.condition());
    }

    @Test
    void aScopeOfTeamsJoinsTheCurrentMemberships() {
        PersonScope scope = new PersonScope(false, Set.of(7L), Set.of(1L));
        ScopeCondition.Clause clause = ScopeCondition.on("p.id", scope).orElseThrow();
        assertTrue(clause.join().contains("TeamMembership scopeMember"), clause.join());
        assertEquals("(scopeMember.id IS NOT NULL OR p.id IN :scopePeople)", clause.condition());
        assertTrue(ScopeCondition.on("p.id", PersonScope.EVERYONE).isEmpty());
    }

    private static Set<Long> ids(int size) {
        Set<Long> ids = new HashSet<>();
        LongStream.rangeClosed(1, size).forEach(ids::add);
        return ids;
    }
}
