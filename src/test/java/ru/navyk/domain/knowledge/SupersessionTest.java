package ru.navyk.domain.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.navyk.domain.knowledge.Supersession.OpenObligation;

class SupersessionTest {

    /** People 1–4 in the audience; 1 acknowledged revision 1; 2 still owes revision 1; 9 owes it but left the audience. */
    private static final Set<Long> AUDIENCE = Set.of(1L, 2L, 3L, 4L);
    private static final List<OpenObligation> OPEN = List.of(new OpenObligation(100, 2, 1),
            new OpenObligation(109, 9, 1));
    private static final Set<Long> ACKNOWLEDGED = Set.of(1L);

    @Test
    void majorChangeAsksEveryoneAgainAndSupersedesOlderOpenObligations() {
        Supersession plan = Supersession.plan(2, true, AUDIENCE, OPEN, ACKNOWLEDGED, Set.of());

        assertEquals(Set.of(100L, 109L), plan.toSupersede());
        assertEquals(Set.of(1L, 2L, 3L, 4L, 9L), plan.toOblige());
    }

    @Test
    void minorChangeSparesThoseWhoAcknowledgedAnEarlierRevision() {
        Supersession plan = Supersession.plan(2, false, AUDIENCE, OPEN, ACKNOWLEDGED, Set.of());

        assertEquals(Set.of(100L, 109L), plan.toSupersede());
        assertEquals(Set.of(2L, 3L, 4L, 9L), plan.toOblige(), "1 read revision 1; 9 still owes a reading");
    }

    @Test
    void openObligationsForTheSameRevisionStayAndNobodyIsAskedTwice() {
        List<OpenObligation> open = List.of(new OpenObligation(200, 3, 2));

        Supersession plan = Supersession.plan(2, true, AUDIENCE, open, Set.of(), Set.of(3L, 4L));

        assertEquals(Set.of(), plan.toSupersede());
        assertEquals(Set.of(1L, 2L), plan.toOblige());
    }

    @Test
    void aCampaignWithNoNewAudienceStillCarriesOverWhoOwesTheOldRevision() {
        Supersession plan = Supersession.plan(3, false, Set.of(), List.of(new OpenObligation(300, 7, 2)), Set.of(),
                Set.of());

        assertEquals(Set.of(300L), plan.toSupersede());
        assertEquals(Set.of(7L), plan.toOblige());
    }
}
