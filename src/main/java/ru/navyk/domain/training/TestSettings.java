package ru.navyk.domain.training;

/**
 * How a course's test is taken.
 *
 * @param passMark        the score (percent of questions answered fully correctly) that passes, 1–100
 * @param attempts        attempts allowed per person on one course version, at least 1
 * @param timeLimitMinutes the time an attempt may take, enforced on the server; {@code null} for no limit
 * @param shuffle         whether each attempt gets its own order of questions and options
 */
public record TestSettings(int passMark, int attempts, Integer timeLimitMinutes, boolean shuffle) {

    public TestSettings {
        if (passMark < 1 || passMark > 100) {
            throw new IllegalArgumentException("pass mark must be 1–100");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (timeLimitMinutes != null && timeLimitMinutes < 1) {
            throw new IllegalArgumentException("a time limit is at least a minute");
        }
    }
}
