package ru.navyk.domain.hiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The pipeline's transitions: forward, to an outcome, never out of an outcome, no hire without an offer. */
class CandidateStageTest {

    @Test
    void stagesMoveForwardAndMaySkipAStep() {
        assertTrue(CandidateStage.NEW.allows(CandidateStage.SCREENING));
        assertTrue(CandidateStage.NEW.allows(CandidateStage.INTERVIEW));
        assertTrue(CandidateStage.INTERVIEW.allows(CandidateStage.OFFER));
        assertFalse(CandidateStage.INTERVIEW.allows(CandidateStage.SCREENING));
        assertFalse(CandidateStage.OFFER.allows(CandidateStage.OFFER));
    }

    @Test
    void nobodyIsHiredWithoutAnOffer() {
        assertTrue(CandidateStage.OFFER.allows(CandidateStage.HIRED));
        for (CandidateStage stage : EnumSet.of(CandidateStage.NEW, CandidateStage.SCREENING,
                CandidateStage.INTERVIEW)) {
            assertFalse(stage.allows(CandidateStage.HIRED), stage::name);
        }
    }

    @Test
    void outcomesAreFinal() {
        for (CandidateStage stage : EnumSet.of(CandidateStage.HIRED, CandidateStage.REJECTED,
                CandidateStage.WITHDRAWN)) {
            assertTrue(stage.isFinal());
            assertEquals(EnumSet.noneOf(CandidateStage.class), stage.next(), stage::name);
        }
    }

    @Test
    void aRunningCandidateMayBeRejectedOrWithdrawAtAnyStage() {
        assertEquals(EnumSet.of(CandidateStage.HIRED, CandidateStage.REJECTED, CandidateStage.WITHDRAWN),
                CandidateStage.OFFER.next());
        assertEquals(EnumSet.of(CandidateStage.SCREENING, CandidateStage.INTERVIEW, CandidateStage.OFFER,
                CandidateStage.REJECTED, CandidateStage.WITHDRAWN), CandidateStage.NEW.next());
    }
}
