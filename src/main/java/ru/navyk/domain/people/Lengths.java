package ru.navyk.domain.people;

/** Column lengths shared by the entities' {@code @Column} and the forms' {@code @Size}, so both always agree. */
public final class Lengths {

    public static final int NAME = 100;
    public static final int EMAIL = 254;
    public static final int PHONE = 30;
    public static final int PERSONNEL_NUMBER = 50;
    public static final int TITLE = 200;
    public static final int USERNAME = 100;
    /** Free-text notes and comments (a rating's note, a reason). */
    public static final int NOTE = 2000;

    private Lengths() {
    }
}
