package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.navyk.application.knowledge.KnowledgeViews.AcknowledgementView;
import ru.navyk.application.knowledge.KnowledgeViews.AttemptView;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationSummary;
import ru.navyk.application.knowledge.KnowledgeViews.QuestionView;
import ru.navyk.application.knowledge.KnowledgeViews.ReadingView;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.knowledge.Acknowledgement;
import ru.navyk.domain.knowledge.ArticleRevision;
import ru.navyk.domain.knowledge.CampaignRepository;
import ru.navyk.domain.knowledge.KnowledgeLengths;
import ru.navyk.domain.knowledge.KnowledgeRepository;
import ru.navyk.domain.knowledge.Obligation;
import ru.navyk.domain.knowledge.ObligationStatus;
import ru.navyk.domain.knowledge.QuizAttempt;
import ru.navyk.domain.knowledge.QuizGrade;
import ru.navyk.domain.knowledge.QuizQuestion;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * The transactions behind {@link AcknowledgementService}, each for a caller already known. Separate so that the
 * service can retry a lost acknowledgement race in a new transaction.
 */
@ApplicationScoped
@Transactional
public class AcknowledgementWriter {

    static final String ENTITY = "Obligation";

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private KnowledgeRepository articles;

    @Inject
    private QuizEvidence quizEvidence;

    @Inject
    private Clock clock;

    public List<ObligationSummary> openObligations(Viewer viewer) {
        if (viewer.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return campaigns.openObligationsOf(viewer.personId()).stream().map(o -> new ObligationSummary(o.id(),
                o.articleId(), o.articleTitle(), o.revisionNumber(), o.revisionSummary(), o.major(), o.deadline(),
                o.isOverdue(today), o.hasQuiz())).toList();
    }

    public Optional<Long> obligationFor(Viewer viewer, long articleId) {
        if (viewer.personId() == null) {
            return Optional.empty();
        }
        List<Obligation> own = campaigns.obligationsOf(viewer.personId(), 500).stream()
                .filter(o -> o.getArticle().getId() == articleId).toList();
        return own.stream().filter(Obligation::isOpen).findFirst().or(() -> own.stream().findFirst())
                .map(Obligation::getId);
    }

    /**
     * The reading page: the obligation's revision rendered, and its changes compared with the revision the person last
     * acknowledged (or, when they never acknowledged this article, with the revision before it).
     */
    public ReadingView reading(Viewer viewer, long obligationId) {
        Obligation obligation = own(viewer, obligationId, false);
        ArticleRevision revision = obligation.getRevision();
        long articleId = obligation.getArticle().getId();
        Optional<Integer> acknowledged = campaigns.lastAcknowledgedRevision(viewer.personId(), articleId)
                .filter(n -> n < revision.getNumber());
        Integer base = acknowledged.orElse(revision.getNumber() > 1 ? revision.getNumber() - 1 : null);
        List<RevisionDiff.Line> changes = base == null ? List.of() : articles.revision(articleId, base)
                .map(old -> RevisionDiff.compare(KnowledgeBaseService.textOf(old),
                        KnowledgeBaseService.textOf(revision)))
                .orElse(List.of());
        List<QuizAttempt> attempts = campaigns.attempts(obligationId);
        Optional<Acknowledgement> ack = campaigns.acknowledgementOf(obligationId);
        return new ReadingView(obligationId, obligation.getStatus(), obligation.getDeadline(),
                obligation.isOverdue(LocalDate.now(clock)),
                KnowledgeBaseService.revisionView(obligation.getArticle(), revision), base, acknowledged.isPresent(),
                changes, questions(revision), attemptViews(attempts),
                attempts.stream().anyMatch(QuizAttempt::isPassed), ack.map(Acknowledgement::getAcknowledgedAt)
                .orElse(null));
    }

    /** Grades one try at the quiz and keeps it; retries are allowed until a pass, none after it. */
    public AttemptView answerQuiz(Viewer viewer, long obligationId, List<Integer> answers) {
        Obligation obligation = own(viewer, obligationId, true);
        List<QuizQuestion> questions = obligation.getRevision().getQuestions();
        if (questions.isEmpty()) {
            throw new RuleViolationException("answers", "rule.kb.quiz.none");
        }
        if (!obligation.isOpen()) {
            throw new RuleViolationException(null, "rule.kb.obligation.closed");
        }
        List<QuizAttempt> earlier = campaigns.attempts(obligationId);
        if (earlier.stream().anyMatch(QuizAttempt::isPassed)) {
            throw new RuleViolationException(null, "rule.kb.quiz.passed");
        }
        List<Integer> given = answers == null ? List.of() : answers;
        if (given.size() != questions.size() || given.stream().anyMatch(a -> a == null)) {
            throw new RuleViolationException("answers", "rule.kb.quiz.unanswered");
        }
        if (given.size() > KnowledgeLengths.MAX_QUESTIONS) {
            throw new RuleViolationException("answers", "rule.kb.quiz.unanswered");
        }
        QuizGrade grade = QuizGrade.of(questions, given);
        QuizAttempt attempt = new QuizAttempt(obligation, given, grade, clock.instant());
        campaigns.add(attempt);
        if (grade.passed()) {
            quizEvidence.recordPass(viewer.username(), obligation, attempt, LocalDate.now(clock));
        }
        return new AttemptView(earlier.size() + 1, attempt.getAttemptedAt(), grade.correct(), grade.total(),
                grade.passed());
    }

    /** Records the acknowledgement, or answers the one that exists; the obligation row is locked meanwhile. */
    public AcknowledgementView acknowledge(Viewer viewer, long obligationId) {
        Obligation obligation = own(viewer, obligationId, true);
        Optional<Acknowledgement> existing = campaigns.acknowledgementOf(obligationId);
        if (existing.isPresent()) {
            return view(existing.get(), false);
        }
        if (obligation.getStatus() == ObligationStatus.SUPERSEDED) {
            throw new RuleViolationException(null, "rule.kb.obligation.superseded");
        }
        List<QuizAttempt> attempts = campaigns.attempts(obligationId);
        Integer score = null;
        Integer total = null;
        if (obligation.getRevision().hasQuiz()) {
            QuizAttempt passed = attempts.stream().filter(QuizAttempt::isPassed).findFirst()
                    .orElseThrow(() -> new RuleViolationException(null, "rule.kb.quiz.required"));
            score = passed.getCorrect();
            total = passed.getTotal();
        }
        Acknowledgement acknowledgement = new Acknowledgement(obligation, clock.instant(), attempts.size(), score,
                total);
        obligation.complete(acknowledgement.getAcknowledgedAt());
        campaigns.add(acknowledgement);
        return view(acknowledgement, true);
    }

    public Optional<AcknowledgementView> existing(Viewer viewer, long obligationId) {
        own(viewer, obligationId, false);
        return campaigns.acknowledgementOf(obligationId).map(a -> view(a, false));
    }

    /** The caller's own obligation (locked when {@code lock}); anybody else's is "not found". */
    private Obligation own(Viewer viewer, long obligationId, boolean lock) {
        Optional<Obligation> found = lock ? campaigns.lockObligation(obligationId)
                : campaigns.findObligation(obligationId);
        return found.filter(o -> viewer.isSelf(o.getPersonId()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private static List<QuestionView> questions(ArticleRevision revision) {
        return revision.getQuestions().stream().map(q -> new QuestionView(q.getPosition(), q.getQuestion(),
                q.getOptions())).toList();
    }

    private static List<AttemptView> attemptViews(List<QuizAttempt> attempts) {
        List<AttemptView> views = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            QuizAttempt a = attempts.get(i);
            views.add(new AttemptView(i + 1, a.getAttemptedAt(), a.getCorrect(), a.getTotal(), a.isPassed()));
        }
        return views;
    }

    private static AcknowledgementView view(Acknowledgement a, boolean created) {
        return new AcknowledgementView(a.getId(), a.getObligation().getId(), a.getPersonId(), a.getRevision().getId(),
                a.getRevision().getNumber(), a.getAcknowledgedAt(), a.getQuizAttempts(), a.getQuizScore(),
                a.getQuizTotal(), created);
    }
}
