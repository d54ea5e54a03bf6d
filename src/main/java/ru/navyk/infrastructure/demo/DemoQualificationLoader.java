package ru.navyk.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.navyk.application.assessment.EvidenceRecorder;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.qualification.LevelDecisionRecorder;
import ru.navyk.domain.assessment.EvidenceSource;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.CompetencyModelRepository;
import ru.navyk.domain.competency.GeneralizedFunction;
import ru.navyk.domain.development.ActivityKind;
import ru.navyk.domain.development.DevelopmentGoal;
import ru.navyk.domain.development.DevelopmentPlan;
import ru.navyk.domain.development.DevelopmentPlanRepository;
import ru.navyk.domain.development.GoalKind;
import ru.navyk.domain.development.PlanStatus;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.ProfileRequirement;
import ru.navyk.domain.qualification.DecisionSource;
import ru.navyk.domain.qualification.LevelDecision;
import ru.navyk.domain.qualification.LevelDecisionRepository;
import ru.navyk.domain.qualification.QualificationReview;
import ru.navyk.domain.qualification.QualificationReviewRepository;

/**
 * The demo centre's qualification history, added once after the demo organisation: level decisions (the supervisor
 * of group 1 holds D at 5 by the head's decision; group 1's operators hold A at 3 and one senior operator C at 4 by
 * the supervisor's), manager-review ratings on the operator profile (one operator meets it fully, others with gaps),
 * and an agreed development plan for {@code demo.agent}. With the demo's education and position histories this
 * leaves group 1 with people eligible for level 4 and people who are not, each for a clear reason (basic general
 * education; a trainee's few months). Everything goes through the same recorders as real reviews and is audited as
 * {@code system}.
 */
@ApplicationScoped
public class DemoQualificationLoader {

    private static final String REVIEW_NOTE = "Плановая квалификационная оценка";

    @Inject
    private PersonRepository people;

    @Inject
    private LevelDecisionRepository decisions;

    @Inject
    private LevelDecisionRecorder decisionRecorder;

    @Inject
    private EvidenceRecorder evidenceRecorder;

    @Inject
    private QualificationReviewRepository reviews;

    @Inject
    private DevelopmentPlanRepository plans;

    @Inject
    private CompetencyModelRepository models;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private Clock clock;

    /** @return whether anything was written (nothing when the demo people are missing or already have decisions) */
    @Transactional
    public boolean loadOnce() {
        Optional<Person> supervisor = person("Игорь", "Морозов");
        Optional<Person> head = person("Елена", "Соколова");
        if (supervisor.isEmpty() || head.isEmpty() || !decisions.findByPerson(supervisor.get().getId()).isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, GeneralizedFunction> functions = models.findLatest().orElseThrow().getGeneralizedFunctions()
                .stream().collect(Collectors.toMap(GeneralizedFunction::getCode, Function.identity()));
        List<CompetencyItem> operatorItems = profiles.findByCode("operator").flatMap(JobProfile::current)
                .map(v -> v.getRequirements().stream().map(ProfileRequirement::getItem).toList()).orElse(List.of());

        decide(head.get(), supervisor.get(), functions.get("D"), today.minusYears(2), Map.of());
        Person mentor = person("Наталья", "Павлова").orElseThrow();
        Person agent = person("Алексей", "Кузнецов").orElseThrow();
        decide(supervisor.get(), mentor, functions.get("A"), today.minusMonths(20),
                ratings(operatorItems, code -> code.startsWith("A/01.3") ? Proficiency.TEACHES_OTHERS
                        : Proficiency.INDEPENDENT));
        decide(supervisor.get(), agent, functions.get("A"), today.minusMonths(2),
                ratings(operatorItems, DemoQualificationLoader::agentRating));
        decide(supervisor.get(), person("Дарья", "Попова").orElseThrow(), functions.get("A"),
                today.minusMonths(3), ratings(operatorItems, code -> Proficiency.INDEPENDENT));
        decide(supervisor.get(), person("Юлия", "Никитина").orElseThrow(), functions.get("A"),
                today.minusMonths(5), ratings(operatorItems, code -> code.startsWith("A/01.3")
                        ? Proficiency.WITH_HELP : null));
        decide(supervisor.get(), person("Артём", "Волков").orElseThrow(), functions.get("A"),
                today.minusMonths(18), Map.of());
        decide(supervisor.get(), person("Ксения", "Семенова").orElseThrow(), functions.get("A"),
                today.minusMonths(5), Map.of());
        Person egorov = person("Павел", "Егоров").orElseThrow();
        decide(supervisor.get(), egorov, functions.get("A"), today.minusYears(2), Map.of());
        decide(supervisor.get(), egorov, functions.get("C"), today.minusMonths(8), Map.of());
        agreedPlan(supervisor.get(), agent, operatorItems, today);
        return true;
    }

    /** demo.agent: confident on information support, still learning complaints and claims, the rest not yet rated. */
    private static Proficiency agentRating(String code) {
        if (code.startsWith("A/01.3")) {
            return Proficiency.INDEPENDENT;
        }
        if (code.startsWith("A/02.3") || code.startsWith("A/04.3")) {
            return Proficiency.WITH_HELP;
        }
        return null;
    }

    private static Map<CompetencyItem, Proficiency> ratings(List<CompetencyItem> items,
                                                            Function<String, Proficiency> rating) {
        Map<CompetencyItem, Proficiency> rated = new LinkedHashMap<>();
        for (CompetencyItem item : items) {
            Proficiency proficiency = rating.apply(item.getCode());
            if (proficiency != null) {
                rated.put(item, proficiency);
            }
        }
        return rated;
    }

    /** A saved review by {@code decider}: the ratings as evidence, the function's level granted. */
    private void decide(Person decider, Person person, GeneralizedFunction function, LocalDate on,
                        Map<CompetencyItem, Proficiency> ratings) {
        QualificationReview review = new QualificationReview(person, decider, decider.getFullName(),
                clock.instant());
        reviews.add(review);
        review.save(on, ratings.size(), 1, REVIEW_NOTE, clock.instant());
        if (!ratings.isEmpty()) {
            evidenceRecorder.record(AuditService.SYSTEM, person, EvidenceSource.MANAGER_REVIEW, review.getId(),
                    EvidenceRecorder.Rater.of(decider), on, ratings, REVIEW_NOTE);
        }
        decisionRecorder.record(AuditService.SYSTEM, person, function, LevelDecision.Outcome.GRANTED,
                DecisionSource.QUALIFICATION_REVIEW, review.getId(), decider, decider.getFullName(), on,
                function.getCode().equals("A") ? "Соответствует требованиям к обработке обращений по итогам оценки"
                        : "Соответствует требованиям стандарта по итогам квалификационной оценки");
    }

    /** demo.agent's plan, agreed with the supervisor: the complaints and claims items still rated «with help». */
    private void agreedPlan(Person supervisor, Person agent, List<CompetencyItem> operatorItems, LocalDate today) {
        DevelopmentPlan plan = new DevelopmentPlan(agent, "Индивидуальный план развития на " + today.getYear()
                + " год", supervisor.getFullName(), clock.instant());
        List<CompetencyItem> goals = operatorItems.stream().filter(i -> i.getCode().startsWith("A/04.3"))
                .limit(3).toList();
        for (CompetencyItem item : goals) {
            plan.addGoal(GoalKind.ITEM, item, item.getCode(), Proficiency.INDEPENDENT,
                    item.getCode() + " " + item.getText(), today.plusMonths(3), clock.instant());
        }
        List<DevelopmentGoal> added = plan.getGoals();
        plans.add(plan);
        if (!added.isEmpty()) {
            long first = plan.getGoals().get(0).getId();
            plan.addActivity(first, ActivityKind.READING, "Статьи базы знаний о приеме жалоб и претензий",
                    null, today.plusWeeks(2), clock.instant());
            plan.addActivity(first, ActivityKind.MENTORING,
                    "Разбор записей звонков с наставником (Павлова Н. А.)", null, today.plusMonths(1),
                    clock.instant());
            plan.addActivity(plan.getGoals().get(plan.getGoals().size() - 1).getId(), ActivityKind.PRACTICE,
                    "Самостоятельная регистрация претензий под контролем старшего оператора", null,
                    today.plusMonths(2), clock.instant());
        }
        plan.moveTo(PlanStatus.AGREED, supervisor.getFullName(), clock.instant());
    }

    private Optional<Person> person(String firstName, String lastName) {
        return people.findByEmail(DemoEmails.address(firstName, lastName));
    }
}
