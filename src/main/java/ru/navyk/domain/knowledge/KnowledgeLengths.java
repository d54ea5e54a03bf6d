package ru.navyk.domain.knowledge;

/** Column lengths shared by the knowledge-base entities and the checks of forms and imports. */
public final class KnowledgeLengths {

    public static final int KEY = 80;
    public static final int TITLE = 200;
    public static final int TAG = 60;
    public static final int SUMMARY = 500;
    public static final int QUESTION = 500;
    public static final int OPTION = 300;
    /** An article's Markdown; far more than any real article, small enough to diff in a request. */
    public static final int BODY = 200_000;
    public static final int AUDIENCE_VALUE = 200;
    public static final int MAX_TAGS = 12;
    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_OPTIONS = 6;

    private KnowledgeLengths() {
    }
}
