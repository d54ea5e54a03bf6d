package ru.navyk.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.knowledge.Audience;
import ru.navyk.domain.knowledge.AudienceDirectory;
import ru.navyk.domain.people.PersonScope;

/**
 * The audience resolver against an organisation kept in memory: team 1 with sub-team 2 and its sub-team 3, team 4
 * apart; person 6 is inactive (a directory answers active people only, as the database one does).
 */
class AudienceResolverTest {

    private record Member(long id, long team, Integer level, String title, Long profile, boolean active) {
    }

    /** Job profiles: 10 operator, 11 team leader, 12 quality specialist. */
    private static final List<Member> PEOPLE = List.of(
            new Member(1, 1, 5, "Руководитель группы", 11L, true),
            new Member(2, 1, 3, "Оператор контакт-центра", 10L, true),
            new Member(3, 2, 3, "Оператор контакт-центра", 10L, true),
            new Member(4, 3, 3, "Старший оператор", 10L, true),
            new Member(5, 4, 4, "Специалист по контролю качества", 12L, true),
            new Member(6, 4, 3, "Оператор контакт-центра", 10L, false),
            new Member(7, 4, null, "Специалист по персоналу", null, true));

    private final AudienceResolver resolver = new AudienceResolver(new InMemoryDirectory());

    @Test
    void aTeamIncludesEverySubTeamAtAnyDepth() {
        assertEquals(Set.of(1L, 2L, 3L, 4L), resolver.resolve(new Audience.Teams(Set.of(1L))));
        assertEquals(Set.of(3L, 4L), resolver.resolve(new Audience.Teams(Set.of(2L))));
        assertEquals(Set.of(5L, 7L), resolver.resolve(new Audience.Teams(Set.of(4L))), "6 is inactive");
    }

    @Test
    void aJobProfileConcernsTheActiveHoldersOfPositionsItDescribes() {
        assertEquals(Set.of(2L, 3L, 4L), resolver.resolve(new Audience.JobProfiles(Set.of(10L))),
                "the senior operator's position is described by the operator's profile too; 6 has left");
        assertEquals(Set.of(1L, 5L), resolver.resolve(new Audience.JobProfiles(Set.of(11L, 12L))));
        assertEquals(Set.of(), resolver.resolve(new Audience.JobProfiles(Set.of(99L))));
        assertEquals(Set.of(3L), resolver.resolve(new Audience.JobProfiles(Set.of(10L)),
                new PersonScope(false, Set.of(2L), Set.of())), "within the publisher's scope");
    }

    @Test
    void aLaborFunctionConcernsCurrentPositionsOfItsLevel() {
        assertEquals(Set.of(2L, 3L, 4L), resolver.resolve(new Audience.LaborFunctions(Set.of("A/01.3"))));
        assertEquals(Set.of(1L, 5L), resolver.resolve(new Audience.LaborFunctions(Set.of("D/03.5", "B/01.4"))));
    }

    @Test
    void namedPeopleAreTakenAsNamedWhenActive() {
        assertEquals(Set.of(2L, 7L), resolver.resolve(new Audience.People(Set.of(2L, 6L, 7L, 99L))));
    }

    @Test
    void aPositionMatchesTheCurrentTitleIgnoringCase() {
        assertEquals(Set.of(2L, 3L), resolver.resolve(new Audience.Positions(Set.of("оператор КОНТАКТ-центра"))));
    }

    @Test
    void aPublisherWithAScopeReachesOnlyPeopleInIt() {
        PersonScope supervisorOfTeam2 = new PersonScope(false, Set.of(2L, 3L), Set.of(1L));
        assertEquals(Set.of(3L), resolver.resolve(new Audience.Positions(Set.of("Оператор контакт-центра")),
                supervisorOfTeam2));
        assertEquals(Set.of(1L, 3L, 4L), resolver.resolve(new Audience.Teams(Set.of(1L)), supervisorOfTeam2));
        assertEquals(Set.of(2L, 3L), resolver.resolve(new Audience.Positions(Set.of("Оператор контакт-центра")),
                PersonScope.EVERYONE));
    }

    private static final class InMemoryDirectory implements AudienceDirectory {

        @Override
        public Map<Long, Long> teamParents() {
            Map<Long, Long> parents = new HashMap<>();
            parents.put(1L, null);
            parents.put(2L, 1L);
            parents.put(3L, 2L);
            parents.put(4L, null);
            return parents;
        }

        @Override
        public Set<Long> currentMembers(Collection<Long> teamIds) {
            return active().stream().filter(m -> teamIds.contains(m.team())).map(Member::id)
                    .collect(Collectors.toSet());
        }

        @Override
        public Set<Long> withCurrentJobProfile(Collection<Long> profileIds) {
            return active().stream().filter(m -> m.profile() != null && profileIds.contains(m.profile()))
                    .map(Member::id).collect(Collectors.toSet());
        }

        @Override
        public Set<Long> withCurrentLevel(Collection<Integer> levels) {
            return active().stream().filter(m -> m.level() != null && levels.contains(m.level())).map(Member::id)
                    .collect(Collectors.toSet());
        }

        @Override
        public Set<Long> withCurrentTitle(Collection<String> lowerCaseTitles) {
            return active().stream().filter(m -> lowerCaseTitles.contains(m.title().toLowerCase(java.util.Locale.ROOT)))
                    .map(Member::id).collect(Collectors.toSet());
        }

        @Override
        public List<String> currentTitles() {
            return active().stream().map(Member::title).distinct().sorted().toList();
        }

        @Override
        public Set<Long> active(Collection<Long> personIds) {
            Set<Long> ids = new HashSet<>(personIds);
            return active().stream().map(Member::id).filter(ids::contains).collect(Collectors.toSet());
        }

        private static List<Member> active() {
            return PEOPLE.stream().filter(Member::active).toList();
        }
    }
}
