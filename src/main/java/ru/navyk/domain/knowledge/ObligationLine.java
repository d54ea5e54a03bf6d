package ru.navyk.domain.knowledge;

import java.time.LocalDate;

/**
 * One line of a person's list of open obligations: what the list shows of the obligation, its article and revision,
 * without their texts. Read as a projection because the list is the first thing every agent opens at a shift start,
 * and the full entities would bring each article's and revision's text (large objects) for a list that shows titles.
 *
 * @param hasQuiz whether the revision asks questions before the acknowledgement
 */
public record ObligationLine(long id, long articleId, String articleTitle, long revisionId, int revisionNumber,
                             String revisionSummary, boolean major, LocalDate deadline, boolean hasQuiz) {

    /** The line as read, before the quiz questions are known. */
    public ObligationLine(long id, long articleId, String articleTitle, long revisionId, int revisionNumber,
                          String revisionSummary, boolean major, LocalDate deadline) {
        this(id, articleId, articleTitle, revisionId, revisionNumber, revisionSummary, major, deadline, false);
    }

    /** Whether the deadline has passed: the rule of {@link Obligation#isOverdue}, for an open obligation. */
    public boolean isOverdue(LocalDate today) {
        return Obligation.isPast(deadline, today);
    }

    /** The same line, with whether its revision has a quiz. */
    public ObligationLine withQuiz(boolean quiz) {
        return new ObligationLine(id, articleId, articleTitle, revisionId, revisionNumber, revisionSummary, major,
                deadline, quiz);
    }
}
