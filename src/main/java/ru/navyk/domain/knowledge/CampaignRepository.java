package ru.navyk.domain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.navyk.domain.people.PersonScope;

/** Campaigns, obligations, acknowledgements, quiz attempts and sent reminders. */
public interface CampaignRepository {

    void add(Campaign campaign);

    Optional<Campaign> find(long id);

    /** Newest first. */
    List<Campaign> list(int first, int max);

    long count();

    /** Newest first: the campaigns of one article. */
    List<Campaign> ofArticle(long articleId);

    void add(Obligation obligation);

    /**
     * A pending obligation of the campaign for each of these people, written at once (a campaign to the whole
     * centre asks thousands). The obligations are not loaded as entities.
     */
    void addObligations(Campaign campaign, Collection<Long> personIds, Instant createdAt);

    Optional<Obligation> findObligation(long id);

    /**
     * The obligation with a write lock on its row until the transaction ends: acknowledgements and supersessions of
     * the same obligation queue up instead of overwriting each other.
     */
    Optional<Obligation> lockObligation(long id);

    /**
     * The open obligations of an article as id, person and revision number (no entities: a centre-wide campaign has
     * thousands), their rows locked like {@link #lockObligation(long)} until the transaction ends.
     */
    List<Supersession.OpenObligation> lockOpenObligations(long articleId);

    /**
     * Ends the given open obligations as superseded by {@code newer}; answers how many it ended (an obligation no
     * longer open is left as it is). Callers hold the rows' locks ({@link #lockOpenObligations(long)}), so every one
     * of them is still open.
     */
    int supersede(Collection<Long> obligationIds, Campaign newer, Instant at);

    /** People who acknowledged some revision of the article numbered below {@code revisionNumber}. */
    Set<Long> acknowledgedBefore(long articleId, int revisionNumber);

    /** People with an open or done obligation for the revision. */
    Set<Long> obligedFor(long revisionId);

    /** A person's open obligations, earliest deadline first, as the lines of their list. */
    List<ObligationLine> openObligationsOf(long personId);

    /** A person's obligations of every status, newest first. */
    List<Obligation> obligationsOf(long personId, int max);

    Optional<Acknowledgement> acknowledgementOf(long obligationId);

    void add(Acknowledgement acknowledgement);

    /** The latest revision number of the article the person acknowledged, if any. */
    Optional<Integer> lastAcknowledgedRevision(long personId, long articleId);

    void add(QuizAttempt attempt);

    List<QuizAttempt> attempts(long obligationId);

    /** Visible obligations of a campaign, sorted by person name; with {@code max} at most that many from first. */
    List<Obligation> obligations(CampaignQuery query, int first, int max);

    long countObligations(CampaignQuery query);

    /** Visible obligations of these campaigns counted per campaign and status. */
    Map<Long, Map<ObligationStatus, Long>> countByStatus(Collection<Long> campaignIds, PersonScope scope);

    /** Visible open obligations of these campaigns whose deadline is before {@code today}, per campaign. */
    Map<Long, Long> countOverdue(Collection<Long> campaignIds, PersonScope scope, LocalDate today);

    /** Visible obligations of a campaign counted per current team of the person and status (overdue apart). */
    List<TeamCount> countByTeam(long campaignId, PersonScope scope, LocalDate today);

    /** Acknowledgements of these obligations, keyed by obligation id. */
    Map<Long, Acknowledgement> acknowledgements(Collection<Long> obligationIds);

    /**
     * Open obligations that are due a scheduled reminder of this kind on {@code today} and have not had one:
     * {@code BEFORE_DEADLINE} when the deadline is today or tomorrow, {@code OVERDUE} when it has passed.
     */
    List<Obligation> dueForReminder(ReminderKind kind, LocalDate today, int max);

    void add(Reminder reminder);

    /** Writes pending changes now, so that the next query of the same transaction sees them. */
    void flush();
}
