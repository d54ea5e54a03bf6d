package ru.navyk.domain.shared;

/** Someone else saved the record after the caller loaded it; the caller must reload and repeat the change. */
public class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else meanwhile");
    }
}
