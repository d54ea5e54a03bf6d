package ru.navyk.domain.hiring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a candidate is in the pipeline: new → screening → interview → offer → hired, or rejected / withdrawn at any
 * point before the end. Forward steps may skip a stage (a strong candidate may be invited straight to an interview),
 * but nobody is hired without an offer, and the three outcomes are final: a decision is never silently undone.
 */
public enum CandidateStage {
    NEW,
    SCREENING,
    INTERVIEW,
    OFFER,
    HIRED,
    REJECTED,
    WITHDRAWN;

    private static final Set<CandidateStage> FINAL = EnumSet.of(HIRED, REJECTED, WITHDRAWN);
    private static final Set<CandidateStage> OPEN_STEPS = EnumSet.of(NEW, SCREENING, INTERVIEW, OFFER);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Rejected or withdrawn: the candidates whose personal data retention applies to. */
    public boolean isClosedWithoutHire() {
        return this == REJECTED || this == WITHDRAWN;
    }

    /** Whether the pipeline allows moving from this stage to {@code target}. */
    public boolean allows(CandidateStage target) {
        if (isFinal() || target == this) {
            return false;
        }
        if (target == HIRED) {
            return this == OFFER;
        }
        if (target.isClosedWithoutHire()) {
            return true;
        }
        return OPEN_STEPS.contains(target) && target.ordinal() > ordinal();
    }

    /** The stages a candidate in this stage may be moved to, in pipeline order. */
    public Set<CandidateStage> next() {
        Set<CandidateStage> next = EnumSet.noneOf(CandidateStage.class);
        for (CandidateStage stage : values()) {
            if (allows(stage)) {
                next.add(stage);
            }
        }
        return next;
    }
}
