package ru.navyk.application.people;

/** How a login attempt ended; {@code viewer} is set only on success. */
public record LoginResult(Outcome outcome, Viewer viewer, String language) {

    /** Why a login failed, or that it succeeded. */
    public enum Outcome {
        SUCCESS,
        /** Unknown user or wrong password: deliberately not told apart. */
        INVALID,
        /** Too many failed attempts: the account is locked for a while. */
        LOCKED
    }

    static LoginResult failed(Outcome outcome) {
        return new LoginResult(outcome, null, null);
    }
}
