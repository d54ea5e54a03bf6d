package ru.navyk.domain.qualification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which levels a person holds, from their decisions only: per generalized function, the latest decision (by day
 * decided, then by when recorded) counts — GRANTED means the person holds the function's level since that day,
 * WITHDRAWN that they do not. Nothing is inferred from evidence.
 */
public final class HeldLevels {

    private final Map<String, LevelDecision> latestByFunction;

    private HeldLevels(Map<String, LevelDecision> latestByFunction) {
        this.latestByFunction = latestByFunction;
    }

    public static HeldLevels of(Collection<LevelDecision> decisions) {
        Map<String, LevelDecision> latest = new LinkedHashMap<>();
        decisions.stream().sorted(Comparator.comparing(LevelDecision::getDecidedOn)
                        .thenComparing(LevelDecision::getRecordedAt).reversed())
                .forEach(decision -> latest.putIfAbsent(decision.getFunctionCode(), decision));
        return new HeldLevels(latest);
    }

    /** The decision by which the person holds the function's level, if they hold it. */
    public Optional<LevelDecision> holding(String functionCode) {
        return Optional.ofNullable(latestByFunction.get(functionCode))
                .filter(decision -> decision.getOutcome() == LevelDecision.Outcome.GRANTED);
    }

    public boolean holds(String functionCode) {
        return holding(functionCode).isPresent();
    }

    /** Since when the person has held the function's level (the granting day), if they hold it. */
    public Optional<LocalDate> heldSince(String functionCode) {
        return holding(functionCode).map(LevelDecision::getDecidedOn);
    }

    /** The highest level held over all functions, if any. */
    public Optional<Integer> highestLevel() {
        return latestByFunction.values().stream().filter(d -> d.getOutcome() == LevelDecision.Outcome.GRANTED)
                .map(LevelDecision::getLevel).max(Comparator.naturalOrder());
    }

    /** Codes of the functions whose level the person holds, in code order. */
    public List<String> functionCodes() {
        return latestByFunction.values().stream().filter(d -> d.getOutcome() == LevelDecision.Outcome.GRANTED)
                .map(LevelDecision::getFunctionCode).sorted().toList();
    }
}
