package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Optional;
import ru.navyk.application.knowledge.KnowledgeViews.AcknowledgementView;
import ru.navyk.application.knowledge.KnowledgeViews.AttemptView;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationSummary;
import ru.navyk.application.knowledge.KnowledgeViews.ReadingView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;

/**
 * The agent's side of a campaign: their open obligations, the reading page (the revision with the changes since the
 * revision they last acknowledged), the quiz, and the confirmation «ознакомлен(а)». A person only ever reaches their
 * own obligations; anyone else's answers "not found".
 *
 * <p>Acknowledging is the most frequent write in Navyk (hundreds of agents at a shift start), and is safe to repeat:
 * {@link #acknowledge(long)} answers the existing acknowledgement when there is one. Concurrent calls for the same
 * obligation queue on a row lock; should two ever reach the insert, the unique key lets one win and the other answers
 * the winner's record, so nothing is lost or duplicated.
 */
@ApplicationScoped
public class AcknowledgementService {

    @Inject
    private AcknowledgementWriter writer;

    @Inject
    private CurrentUser currentUser;

    @Transactional
    public List<ObligationSummary> myOpenObligations() {
        return currentUser.optionalViewer().map(writer::openObligations).orElse(List.of());
    }

    @Transactional
    public ReadingView reading(long obligationId) {
        return writer.reading(currentUser.viewer(), obligationId);
    }

    /** The caller's obligation for the article worth opening: the open one, else the newest; empty when none. */
    @Transactional
    public Optional<Long> myObligationFor(long articleId) {
        return writer.obligationFor(currentUser.viewer(), articleId);
    }

    @Transactional
    public AttemptView answerQuiz(long obligationId, List<Integer> answers) {
        return writer.answerQuiz(currentUser.viewer(), obligationId, answers);
    }

    /**
     * Confirms the caller read the obligation's revision (after passing its quiz, if it has one). Runs in its own
     * transaction so that a lost race on the unique key can be answered from a fresh one.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AcknowledgementView acknowledge(long obligationId) {
        Viewer viewer = currentUser.viewer();
        try {
            return writer.acknowledge(viewer, obligationId);
        } catch (PersistenceException | TransactionalException e) {
            return writer.existing(viewer, obligationId).orElseThrow(() -> e);
        }
    }

    @Transactional
    public Optional<AcknowledgementView> acknowledgementOf(long obligationId) {
        return writer.existing(currentUser.viewer(), obligationId);
    }
}
