package ru.navyk.domain.shared;

/** The caller's roles do not allow the operation at all (a 403, for features a role never has). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
