package ru.navyk.domain.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Whether a person may start an attempt at a course version's test, given their earlier attempts at that version:
 * <ul>
 *   <li>an attempt still in progress (and in time) is resumed, not doubled;</li>
 *   <li>after a pass there is nothing left to take;</li>
 *   <li>otherwise a new attempt is allowed while fewer than the allowed number have been made (expired attempts
 *       count). A new version of the course (changed content) starts a fresh count.</li>
 * </ul>
 */
public final class AttemptRules {

    private AttemptRules() {
    }

    /** The attempt to resume, if any; else the number of the next one, or a refusal. */
    public static Optional<TestAttempt> resumable(List<TestAttempt> earlier, Instant now) {
        return earlier.stream().filter(a -> !a.isClosed() && !a.isOverdue(now)).findFirst();
    }

    public static int nextNumber(List<TestAttempt> earlier, TestSettings settings) {
        if (earlier.stream().anyMatch(TestAttempt::isPassed)) {
            throw new RuleViolationException(null, "rule.training.alreadyPassed");
        }
        if (earlier.size() >= settings.attempts()) {
            throw new RuleViolationException(null, "rule.training.noAttemptsLeft", settings.attempts());
        }
        return earlier.stream().mapToInt(TestAttempt::getNumber).max().orElse(0) + 1;
    }

    public static int attemptsLeft(List<TestAttempt> earlier, TestSettings settings) {
        return earlier.stream().anyMatch(TestAttempt::isPassed) ? 0
                : Math.max(0, settings.attempts() - earlier.size());
    }
}
