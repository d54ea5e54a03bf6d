package ru.navyk.domain.shared;

/**
 * The record does not exist <em>or the caller may not see it</em>: both answer the same way, so guessing ids reveals
 * nothing about what exists.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
