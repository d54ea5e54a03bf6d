package ru.navyk.application.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.navyk.domain.knowledge.AudienceKind;
import ru.navyk.domain.knowledge.ObligationStatus;

/** What the knowledge-base services answer: plain records for pages and the API, never entities. */
public final class KnowledgeViews {

    private KnowledgeViews() {
    }

    /** A row of the article list. */
    public record ArticleSummary(long id, String key, String title, List<String> tags, int currentRevision,
                                 Instant updatedAt) implements Serializable {
    }

    /** A competency item or labor function an article supports, with its text from the current model. */
    public record LinkView(String code, String laborFunctionCode, String text) implements Serializable {
    }

    /** A revision in an article's history. */
    public record RevisionSummary(long id, int number, String title, String summary, boolean major, String author,
                                  Instant createdAt, boolean hasQuiz) implements Serializable {
    }

    /** An article with its current revision rendered as sanitised HTML. */
    public record ArticleView(long id, String key, long version, String title, List<String> tags, List<LinkView> links,
                              int currentRevision, String markdown, String html, Instant updatedAt,
                              List<RevisionSummary> revisions) implements Serializable {
    }

    /** One revision of an article, rendered. */
    public record RevisionView(long id, long articleId, String articleTitle, int number, int currentRevision,
                               String title, String markdown, String html, String summary, boolean major, String author,
                               Instant createdAt, int questionCount) implements Serializable {
    }

    /** The comparison of two revisions of an article. */
    public record DiffView(long articleId, String articleTitle, int fromNumber, int toNumber,
                           List<RevisionDiff.Line> lines, boolean changed) {
    }

    /** A quiz question as the reader sees it: without the right answer. */
    public record QuestionView(int position, String question, List<String> options) implements Serializable {
    }

    /** One try at a quiz. */
    public record AttemptView(int number, Instant attemptedAt, int correct, int total, boolean passed)
            implements Serializable {
    }

    /** A campaign as listed, with its completion among the people the viewer may see. */
    public record CampaignSummary(long id, long articleId, String articleTitle, int revisionNumber, boolean major,
                                  AudienceKind audienceKind, String audienceLabel, LocalDate deadline,
                                  String createdBy, Instant createdAt, long total, long done, long pending,
                                  long overdue, long superseded, int questionCount) implements Serializable {

        /** Done as a whole percentage of those still concerned (superseded ones are no longer counted). */
        public int percentDone() {
            long concerned = done + pending;
            return concerned == 0 ? 0 : (int) (done * 100 / concerned);
        }
    }

    /** Completion of one team (people without a team form a row with a null id). */
    public record TeamProgress(Long teamId, String teamName, long done, long pending, long overdue)
            implements Serializable {

        public int percentDone() {
            long concerned = done + pending;
            return concerned == 0 ? 0 : (int) (done * 100 / concerned);
        }
    }

    /** A campaign's completion: totals and per team. */
    public record CampaignView(CampaignSummary summary, List<TeamProgress> teams) implements Serializable {
    }

    /** One person's obligation in a campaign's list or report. */
    public record ObligationRow(long obligationId, long personId, String personName, String teamName,
                                String position, ObligationStatus status, LocalDate deadline, boolean overdue,
                                Instant acknowledgedAt, int revisionNumber, Integer quizAttempts, Integer quizScore,
                                Integer quizTotal) implements Serializable {
    }

    /** An open obligation on the agent's home page. */
    public record ObligationSummary(long id, long articleId, String articleTitle, int revisionNumber,
                                    String revisionSummary, boolean major, LocalDate deadline, boolean overdue,
                                    boolean hasQuiz) implements Serializable {
    }

    /** What the reading page shows for an obligation. */
    public record ReadingView(long obligationId, ObligationStatus status, LocalDate deadline, boolean overdue,
                              RevisionView revision, Integer baseNumber, boolean baseAcknowledged,
                              List<RevisionDiff.Line> changes, List<QuestionView> questions,
                              List<AttemptView> attempts, boolean quizPassed, Instant acknowledgedAt)
            implements Serializable {

        public boolean quizRequired() {
            return !questions.isEmpty();
        }

        /** Whether the confirmation may be given now. */
        public boolean mayAcknowledge() {
            return status == ObligationStatus.PENDING && (!quizRequired() || quizPassed);
        }
    }

    /** The proof of an acknowledgement; {@code created} is false when it already existed. */
    public record AcknowledgementView(long id, long obligationId, long personId, long revisionId, int revisionNumber,
                                      Instant acknowledgedAt, int quizAttempts, Integer quizScore, Integer quizTotal,
                                      boolean created) {
    }
}
