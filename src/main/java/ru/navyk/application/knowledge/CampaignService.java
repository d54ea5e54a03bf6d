package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.knowledge.KnowledgeViews.CampaignSummary;
import ru.navyk.application.knowledge.KnowledgeViews.CampaignView;
import ru.navyk.application.knowledge.KnowledgeViews.ObligationRow;
import ru.navyk.application.knowledge.KnowledgeViews.TeamProgress;
import ru.navyk.application.notification.NotificationService;
import ru.navyk.application.people.AccessPolicy;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleViews.Page;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.knowledge.Acknowledgement;
import ru.navyk.domain.knowledge.Article;
import ru.navyk.domain.knowledge.ArticleRevision;
import ru.navyk.domain.knowledge.Audience;
import ru.navyk.domain.knowledge.Campaign;
import ru.navyk.domain.knowledge.CampaignQuery;
import ru.navyk.domain.knowledge.CampaignRepository;
import ru.navyk.domain.knowledge.KnowledgeLengths;
import ru.navyk.domain.knowledge.KnowledgeRepository;
import ru.navyk.domain.knowledge.Obligation;
import ru.navyk.domain.knowledge.ObligationStatus;
import ru.navyk.domain.knowledge.QuizQuestion;
import ru.navyk.domain.knowledge.Supersession;
import ru.navyk.domain.knowledge.TeamCount;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.people.PersonScope;
import ru.navyk.domain.people.PositionAssignment;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;

/**
 * Acknowledgement campaigns (D/03.5/LA06 «своевременное ознакомление … с изменениями в содержании единой базы
 * знаний»): an editor asks an audience to acknowledge an article's current revision by a deadline, optionally after a
 * quiz on the change. Publishing resolves the audience (within the publisher's own scope: a manager reaches only the
 * people of their teams), supersedes open obligations for older revisions (see {@link Supersession}) and notifies
 * everyone asked. Completion is shown to editors for the people they may see; agents see only their own obligations
 * ({@link AcknowledgementService}).
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    static final String ENTITY = "AcknowledgementCampaign";
    /** People named in a campaign's readable audience label before "and N more". */
    private static final int LABEL_NAMES = 5;
    static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The most rows an export writes. */
    public static final int MAX_REPORT_ROWS = 100_000;

    @Inject
    private KnowledgeRepository articles;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private PersonRepository people;

    @Inject
    private TeamRepository teams;

    @Inject
    private JobProfileRepository jobProfiles;

    @Inject
    private AudienceResolver audiences;

    @Inject
    private ru.navyk.domain.knowledge.AudienceDirectory directory;

    @Inject
    private NotificationService notifications;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Requests acknowledgement of the article's current revision; answers the new campaign's id.
     *
     * @throws RuleViolationException for a deadline in the past, an empty or malformed audience, an invalid quiz, or
     *                                a quiz for a revision that already has one
     */
    public long publish(long articleId, CampaignForm form) {
        Viewer viewer = editor();
        Article article = articles.find(articleId)
                .orElseThrow(() -> new NotFoundException(KnowledgeBaseService.ENTITY));
        ArticleRevision revision = articles.revision(articleId, article.getCurrentRevision()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (form.deadline() == null) {
            throw new RuleViolationException("deadline", "rule.required");
        }
        if (form.deadline().isBefore(today)) {
            throw new RuleViolationException("deadline", "rule.kb.deadline.past");
        }
        if (form.audienceKind() == null) {
            throw new RuleViolationException("audienceKind", "rule.required");
        }
        Audience audience;
        try {
            audience = Audience.of(form.audienceKind(), form.audienceValues());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("audience", form.audienceValues().isEmpty() ? "rule.required"
                    : "rule.kb.audience.invalid");
        }
        checkQuiz(form.questions());
        if (!form.questions().isEmpty()) {
            if (revision.hasQuiz()) {
                throw new RuleViolationException("questions", "rule.kb.quiz.exists");
            }
            revision.setQuiz(form.questions());
        }
        Set<Long> resolved = audiences.resolve(audience, access.scopeOf(viewer));
        Instant now = clock.instant();
        Campaign campaign = new Campaign(revision, audience, label(audience), form.deadline(), viewer.username(), now);
        campaigns.add(campaign);
        Supersession plan = Supersession.plan(revision.getNumber(), revision.isMajor(), resolved,
                campaigns.lockOpenObligations(articleId),
                campaigns.acknowledgedBefore(articleId, revision.getNumber()), campaigns.obligedFor(revision.getId()));
        if (plan.toOblige().isEmpty() && plan.toSupersede().isEmpty()) {
            throw new RuleViolationException("audience", "rule.kb.audience.empty");
        }
        if (!plan.toSupersede().isEmpty()) {
            int superseded = campaigns.supersede(plan.toSupersede(), campaign, now);
            if (superseded != plan.toSupersede().size()) {
                // The rows are locked since they were read: a difference is a defect, and nothing may be half-done.
                throw new IllegalStateException("planned to supersede " + plan.toSupersede().size()
                        + " obligations of article " + articleId + ", superseded " + superseded);
            }
        }
        campaigns.addObligations(campaign, plan.toOblige(), now);
        notifications.notifyAll(plan.toOblige(), "notification.kb.published.subject",
                "notification.kb.published.body", "/kb/read.xhtml?article=" + articleId, article.getTitle(),
                revision.getNumber(), DATE.format(form.deadline()), revision.getSummary());
        audit.record(viewer.username(), "CREATE", ENTITY, campaign.getId(), article.getTitle(), new Changes()
                .created("revision", revision.getNumber())
                .created("audience", campaign.getAudienceLabel())
                .created("deadline", form.deadline())
                .created("questions", form.questions().size())
                .created("obliged", plan.toOblige().size())
                .created("superseded", plan.toSupersede().size()));
        return campaign.getId();
    }

    /** The current position titles in the centre, for a position audience. */
    public List<String> positionTitles() {
        editor();
        return directory.currentTitles();
    }

    /** The campaigns with their completion among the people the caller may see; newest first. */
    public Page<CampaignSummary> list(int first, int max) {
        Viewer viewer = editor();
        PersonScope scope = access.scopeOf(viewer);
        List<Campaign> page = campaigns.list(Math.max(0, first), Math.max(1, Math.min(max, 200)));
        return new Page<>(summaries(page, scope), campaigns.count());
    }

    /** The campaigns of one article, newest first. */
    public List<CampaignSummary> ofArticle(long articleId) {
        Viewer viewer = editor();
        return summaries(campaigns.ofArticle(articleId), access.scopeOf(viewer));
    }

    public CampaignView get(long id) {
        Viewer viewer = editor();
        PersonScope scope = access.scopeOf(viewer);
        Campaign campaign = campaign(id);
        CampaignSummary summary = summaries(List.of(campaign), scope).get(0);
        return new CampaignView(summary, teamProgress(campaigns.countByTeam(id, scope, LocalDate.now(clock))));
    }

    /**
     * A page of the campaign's obligations among the people the caller may see; {@code filter} is {@code null} (all),
     * a status name, or {@code OVERDUE}.
     */
    public Page<ObligationRow> obligations(long id, String filter, int first, int max) {
        Viewer viewer = editor();
        campaign(id);
        CampaignQuery query = query(id, access.scopeOf(viewer), filter);
        List<Obligation> page = campaigns.obligations(query, Math.max(0, first), Math.max(1, Math.min(max, 500)));
        return new Page<>(rows(page), campaigns.countObligations(query));
    }

    /** Every visible obligation of the campaign for the report (at most {@link #MAX_REPORT_ROWS}). */
    public List<ObligationRow> report(long id) {
        Viewer viewer = editor();
        campaign(id);
        return rows(campaigns.obligations(query(id, access.scopeOf(viewer), null), 0, MAX_REPORT_ROWS));
    }

    public String articleTitle(long campaignId) {
        editor();
        return campaign(campaignId).getArticle().getTitle();
    }

    /** Reminds every visible person whose obligation is still open; answers how many were reminded. */
    public int remind(long id) {
        Viewer viewer = editor();
        Campaign campaign = campaign(id);
        List<Obligation> open = campaigns.obligations(new CampaignQuery(id, access.scopeOf(viewer),
                ObligationStatus.PENDING, null), 0, MAX_REPORT_ROWS);
        for (Obligation obligation : open) {
            notifications.notify(obligation.getPerson().getId(), "notification.kb.reminder.subject",
                    "notification.kb.reminder.body", "/kb/read.xhtml?article=" + campaign.getArticle().getId(),
                    campaign.getArticle().getTitle(), campaign.getRevision().getNumber(),
                    DATE.format(obligation.getDeadline()));
        }
        audit.record(viewer.username(), "REMIND", ENTITY, id, campaign.getArticle().getTitle(),
                new Changes().created("reminded", open.size()));
        return open.size();
    }

    private CampaignQuery query(long id, PersonScope scope, String filter) {
        if (filter == null || filter.isBlank()) {
            return new CampaignQuery(id, scope, null, null);
        }
        if ("OVERDUE".equals(filter)) {
            return new CampaignQuery(id, scope, null, LocalDate.now(clock));
        }
        try {
            return new CampaignQuery(id, scope, ObligationStatus.valueOf(filter), null);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("status", "rule.kb.status.unknown");
        }
    }

    private List<ObligationRow> rows(List<Obligation> obligations) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Acknowledgement> acks = campaigns.acknowledgements(obligations.stream().map(Obligation::getId)
                .toList());
        List<ObligationRow> rows = new ArrayList<>();
        for (Obligation o : obligations) {
            Person person = o.getPerson();
            Acknowledgement ack = acks.get(o.getId());
            rows.add(new ObligationRow(o.getId(), person.getId(), person.getFullName(),
                    person.currentTeam().map(Team::getName).orElse(null),
                    person.currentPosition().map(PositionAssignment::getTitle).orElse(null), o.getStatus(),
                    o.getDeadline(), o.isOverdue(today), ack == null ? null : ack.getAcknowledgedAt(),
                    o.getRevision().getNumber(), ack == null ? null : ack.getQuizAttempts(),
                    ack == null ? null : ack.getQuizScore(), ack == null ? null : ack.getQuizTotal()));
        }
        return rows;
    }

    private List<CampaignSummary> summaries(List<Campaign> page, PersonScope scope) {
        List<Long> ids = page.stream().map(Campaign::getId).toList();
        Map<Long, Map<ObligationStatus, Long>> counts = campaigns.countByStatus(ids, scope);
        Map<Long, Long> overdue = campaigns.countOverdue(ids, scope, LocalDate.now(clock));
        return page.stream().map(c -> {
            Map<ObligationStatus, Long> byStatus = counts.get(c.getId());
            long done = byStatus.get(ObligationStatus.DONE);
            long pending = byStatus.get(ObligationStatus.PENDING);
            long superseded = byStatus.get(ObligationStatus.SUPERSEDED);
            return new CampaignSummary(c.getId(), c.getArticle().getId(), c.getArticle().getTitle(),
                    c.getRevision().getNumber(), c.getRevision().isMajor(), c.getAudienceKind(), c.getAudienceLabel(),
                    c.getDeadline(), c.getCreatedBy(), c.getCreatedAt(), done + pending + superseded, done, pending,
                    overdue.get(c.getId()), superseded, c.getRevision().getQuestions().size());
        }).toList();
    }

    private static List<TeamProgress> teamProgress(List<TeamCount> counts) {
        Map<String, long[]> byTeam = new LinkedHashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (TeamCount count : counts) {
            String name = count.teamName() == null ? "" : count.teamName();
            ids.put(name, count.teamId());
            long[] values = byTeam.computeIfAbsent(name, n -> new long[3]);
            if (count.overdue()) {
                values[2] += count.count();
            } else if (count.status() == ObligationStatus.DONE) {
                values[0] += count.count();
            } else if (count.status() == ObligationStatus.PENDING) {
                values[1] += count.count();
            }
        }
        return byTeam.entrySet().stream()
                .filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .map(e -> new TeamProgress(ids.get(e.getKey()), e.getKey().isEmpty() ? null : e.getKey(),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparing(t -> t.teamName() == null ? "\uffff" : t.teamName()))
                .toList();
    }

    /** A readable description of the audience, kept with the campaign. */
    private String label(Audience audience) {
        List<String> names = switch (audience.kind()) {
            case JOB_PROFILE -> ((Audience.JobProfiles) audience).profileIds().stream()
                    .map(id -> jobProfiles.find(id).flatMap(JobProfile::current).map(JobProfileVersion::getTitle)
                            .orElse("#" + id)).sorted().toList();
            case TEAM -> ((Audience.Teams) audience).teamIds().stream()
                    .map(id -> teams.find(id).map(Team::getName).orElse("#" + id)).sorted().toList();
            case PERSON -> ((Audience.People) audience).personIds().stream()
                    .map(id -> people.find(id).map(Person::getFullName).orElse("#" + id)).sorted().toList();
            case LABOR_FUNCTION, POSITION -> audience.values();
        };
        if (names.size() <= LABEL_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, LABEL_NAMES)) + " +" + (names.size() - LABEL_NAMES);
    }

    /** A quiz has at most ten questions, each with a text, two to six options, and one of them correct. */
    static void checkQuiz(List<QuizQuestion.Definition> questions) {
        if (questions.size() > KnowledgeLengths.MAX_QUESTIONS) {
            throw new RuleViolationException("questions", "rule.kb.quiz.tooMany", KnowledgeLengths.MAX_QUESTIONS);
        }
        for (QuizQuestion.Definition question : questions) {
            ArticleRules.required("questions", question.question(), KnowledgeLengths.QUESTION);
            List<String> options = question.options();
            if (options.size() < 2 || options.size() > KnowledgeLengths.MAX_OPTIONS) {
                throw new RuleViolationException("questions", "rule.kb.quiz.options", KnowledgeLengths.MAX_OPTIONS);
            }
            for (String option : options) {
                ArticleRules.required("questions", option, KnowledgeLengths.OPTION);
            }
            if (question.correctOption() < 0 || question.correctOption() >= options.size()) {
                throw new RuleViolationException("questions", "rule.kb.quiz.correct");
            }
        }
    }

    private Viewer editor() {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, KnowledgeBaseService.EDITORS);
        return viewer;
    }

    private Campaign campaign(long id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
    }
}
