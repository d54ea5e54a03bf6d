package ru.navyk.domain.knowledge;

/** Where one person's obligation to read a revision stands. */
public enum ObligationStatus {
    /** Not acknowledged yet. */
    PENDING,
    /** Acknowledged (after passing the quiz, where the revision has one). */
    DONE,
    /** A newer revision of the same article was published before this one was acknowledged. */
    SUPERSEDED
}
