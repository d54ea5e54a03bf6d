package ru.navyk.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.mentoring.MentorLogEntry;
import ru.navyk.domain.mentoring.MentorLogRepository;
import ru.navyk.domain.onboarding.AdaptationPlan;
import ru.navyk.domain.onboarding.AdaptationRepository;
import ru.navyk.domain.onboarding.AdaptationTemplate;
import ru.navyk.domain.onboarding.PlanStep;
import ru.navyk.domain.onboarding.ResponsibleRole;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Mentorship;
import ru.navyk.domain.people.MentorshipRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.probation.Probation;
import ru.navyk.domain.probation.ProbationRepository;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;

/**
 * Onboarding of the demo centre's newest hires, stored right after the centre: the two trainees of {@code demo.mentor}
 * follow the operator's adaptation plan (the steps due before today ticked off by whoever is responsible, the test of
 * day 30 still open and so overdue for the older one), have a probation — {@code demo.trainee}'s shortened so that it
 * ends in ten days, which puts its reminder in the inboxes — and a mentor's log of weekly sessions whose ratings rise.
 */
@ApplicationScoped
public class DemoOnboardingLoader {

    static final String TEMPLATE = "operator-adaptation";
    static final int DEMO_TRAINEE_PROBATION_DAYS_LEFT = 10;

    /** Weekly sessions of the first weeks: item code → proficiency points, in the order they happen. */
    private static final List<Map<String, Integer>> SESSIONS = List.of(
            Map.of("A/01.3/LA01", 1, "A/01.3/SK07", 1, "A/01.3/KN04", 1),
            Map.of("A/01.3/LA01", 1, "A/01.3/LA02", 1, "A/01.3/SK04", 1, "A/01.3/KN03", 2),
            Map.of("A/01.3/LA01", 2, "A/01.3/SK07", 2, "A/01.3/SK05", 1, "A/01.3/KN04", 2),
            Map.of("A/01.3/LA02", 2, "A/01.3/LA03", 1, "A/01.3/SK09", 1, "A/01.3/KN01", 1),
            Map.of("A/01.3/LA03", 2, "A/01.3/SK09", 2, "A/01.3/SK08", 2, "A/01.3/KN01", 2));
    private static final List<String> COMMENTS = List.of(
            "Слушали входящие звонки вместе, разобрали структуру разговора по сценарию.",
            "Первые самостоятельные ответы на простые запросы; нужна помощь с уточняющими вопросами.",
            "Уверенно ведёт типовые звонки, активное слушание без подсказок.",
            "Работали в CRM: регистрация обращений, пока с подсказками.",
            "Регистрирует обращения самостоятельно, хорошо резюмирует запрос клиента.");

    @Inject
    private AccountRepository accounts;

    @Inject
    private MentorshipRepository mentorships;

    @Inject
    private AdaptationRepository adaptation;

    @Inject
    private ProbationRepository probations;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private MentorLogRepository log;

    @Inject
    private EvidenceRecorder evidence;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** Stores the demo trainees' plans, probations and logs; does nothing without the operator's template. */
    @Transactional
    public void load() {
        AdaptationTemplate template = adaptation.findCurrentTemplate(TEMPLATE).orElse(null);
        Person mentor = accounts.findByUsername(DemoAccounts.MENTOR).map(Account::getPerson).orElse(null);
        Person demoTrainee = accounts.findByUsername(DemoAccounts.TRAINEE).map(Account::getPerson).orElse(null);
        if (template == null || mentor == null || demoTrainee == null) {
            return;
        }
        JobProfileVersion version = template.getJobProfile().current().flatMap(v -> profiles.findVersion(v.getId()))
                .orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<Mentorship> running = mentorships.findByMentor(mentor.getId()).stream()
                .filter(m -> m.isRunningOn(today)).sorted(Comparator.comparing(Mentorship::getStartedOn)).toList();
        for (Mentorship mentorship : running) {
            Person trainee = mentorship.getTrainee();
            LocalDate start = trainee.getHireDate();
            LocalDate end = trainee.getId().equals(demoTrainee.getId())
                    ? today.plusDays(DEMO_TRAINEE_PROBATION_DAYS_LEFT) : start.plusMonths(3);
            Probation probation = new Probation(trainee, version, start, end, clock.instant());
            probations.add(probation);
            AdaptationPlan plan = new AdaptationPlan(trainee, template, start, clock.instant(), AuditService.SYSTEM);
            adaptation.add(plan);
            tickPast(plan, mentor, today);
            logSessions(mentorship, version, today);
            audit.record(AuditService.SYSTEM, "CREATE", "AdaptationPlan", plan.getId(), trainee.getFullName(),
                    new Changes().created("template", template.getTitle()).created("startedOn", start));
            audit.record(AuditService.SYSTEM, "CREATE", "Probation", probation.getId(), trainee.getFullName(),
                    new Changes().created("startedOn", start).created("plannedEnd", end));
        }
    }

    /** Steps due more than a week ago are done (the test of day 30 stays open, so it shows as overdue). */
    private void tickPast(AdaptationPlan plan, Person mentor, LocalDate today) {
        Person trainee = plan.getPerson();
        Person supervisor = trainee.currentTeam().map(Team::getSupervisor).orElse(mentor);
        for (PlanStep step : plan.getSteps()) {
            boolean done = step.getDueOn().isBefore(today.minusDays(7)) && step.getKind() != ru.navyk.domain
                    .onboarding.StepKind.TEST;
            if (!done || step.getResponsible() == ResponsibleRole.HR) {
                continue;
            }
            Person by = switch (step.getResponsible()) {
                case TRAINEE -> trainee;
                case MENTOR -> mentor;
                default -> supervisor;
            };
            step.markDone(by, by.getFullName(), step.getDueOn().atTime(17, 0).atZone(clock.getZone()).toInstant());
        }
    }

    /** A session a week from the third day, up to today, each rated as {@link #SESSIONS} says. */
    private void logSessions(Mentorship mentorship, JobProfileVersion version, LocalDate today) {
        Map<String, CompetencyItem> items = version.getRequirements().stream().map(ProfileRequirement::getItem)
                .collect(Collectors.toMap(CompetencyItem::getCode, Function.identity()));
        for (int week = 0; week < SESSIONS.size(); week++) {
            LocalDate day = mentorship.getStartedOn().plusDays(3 + 7L * week);
            if (day.isAfter(today)) {
                return;
            }
            MentorLogEntry entry = new MentorLogEntry(mentorship, day, 40 + 5 * week, COMMENTS.get(week), today,
                    day.atTime(18, 0).atZone(clock.getZone()).toInstant(), DemoAccounts.MENTOR);
            log.add(entry);
            Map<CompetencyItem, Proficiency> ratings = new LinkedHashMap<>();
            SESSIONS.get(week).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(r -> ratings.put(items.get(r.getKey()), Proficiency.of(r.getValue())));
            evidence.record(AuditService.SYSTEM, mentorship.getTrainee(),
                    ru.navyk.domain.assessment.EvidenceSource.MENTOR_LOG, entry.getId(),
                    EvidenceRecorder.Rater.of(mentorship.getMentor()), day, ratings, entry.getComment());
        }
    }
}
