package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.navyk.application.knowledge.KnowledgeViews.AcknowledgementView;
import ru.navyk.application.knowledge.KnowledgeViews.AttemptView;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationSummary;
import ru.navyk.application.knowledge.KnowledgeViews.ReadingView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.Viewer;
import ru.navyk.infrastructure.persistence.TransientFailure;

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

    /** How many times an acknowledgement is tried when the database rolls it back for a transient reason. */
    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(AcknowledgementService.class.getName());

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
     * transaction so that a lost race on the unique key can be answered from a fresh one, and so that a transaction
     * the database rolled back for a transient reason (a lock not obtained in time, a deadlock: possible when a
     * whole shift acknowledges at once) can be tried again, up to {@value #ATTEMPTS} times in all, instead of
     * failing the agent's click.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AcknowledgementView acknowledge(long obligationId) {
        Viewer viewer = currentUser.viewer();
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.acknowledge(viewer, obligationId);
            } catch (PersistenceException | TransactionalException e) {
                Optional<AcknowledgementView> existing = writer.existing(viewer, obligationId);
                if (existing.isPresent()) {
                    return existing.get();
                }
                if (attempt == ATTEMPTS || !TransientFailure.isCauseOf(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, e, () -> "Acknowledgement of obligation " + obligationId + " tried again");
            }
        }
    }

    @Transactional
    public Optional<AcknowledgementView> acknowledgementOf(long obligationId) {
        return writer.existing(currentUser.viewer(), obligationId);
    }
}
