package ru.navyk.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.assessment.Proficiency;
import ru.navyk.domain.competency.CompetencyItem;
import ru.navyk.domain.competency.EducationLevel;
import ru.navyk.domain.hiring.AssessmentKind;
import ru.navyk.domain.hiring.Candidate;
import ru.navyk.domain.hiring.CandidateDetails;
import ru.navyk.domain.hiring.CandidateDetails.Experience;
import ru.navyk.domain.hiring.CandidateRepository;
import ru.navyk.domain.hiring.CandidateSource;
import ru.navyk.domain.hiring.CandidateStage;
import ru.navyk.domain.hiring.Vacancy;
import ru.navyk.domain.hiring.VacancyRepository;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.Team;
import ru.navyk.domain.people.TeamRepository;
import ru.navyk.domain.profile.JobProfile;
import ru.navyk.domain.profile.JobProfileRepository;
import ru.navyk.domain.profile.JobProfileVersion;
import ru.navyk.domain.profile.ProfileRequirement;

/**
 * Hiring in the demo centre: an open vacancy «Оператор колл-центра» in «Группа 2 — входящая линия» with three
 * candidates at different stages (screening; interviewed; an offer, ready to hire), rated by the demo HR officer and
 * the team's supervisor, and an old vacancy with a candidate rejected more than the retention period ago, whom the
 * nightly retention job anonymises. Written once, into a demo centre that has no vacancy yet, audited as
 * {@code system}; dates are counted back from the injected clock.
 */
@ApplicationScoped
public class DemoHiringLoader {

    private static final String CREATE = "CREATE";

    @Inject
    private VacancyRepository vacancies;

    @Inject
    private CandidateRepository candidates;

    @Inject
    private TeamRepository teams;

    @Inject
    private AccountRepository accounts;

    @Inject
    private JobProfileRepository profiles;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /** @return whether anything was written */
    @Transactional
    public boolean loadIntoDemoWithoutVacancies() {
        Optional<Team> group2 = teams.findActiveByName(DemoCentre.GROUP_2);
        Optional<Team> group1 = teams.findActiveByName(DemoCentre.GROUP_1);
        Optional<Person> hr = accounts.findByUsername(DemoAccounts.HR).map(Account::getPerson);
        Optional<JobProfileVersion> operator = profiles.findByCode("operator").flatMap(JobProfile::current)
                .flatMap(v -> profiles.findVersion(v.getId()));
        if (vacancies.countAll() > 0 || group2.isEmpty() || group1.isEmpty() || hr.isEmpty()
                || operator.isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Person supervisor = group2.get().getSupervisor();
        List<CompetencyItem> items = operator.get().getRequirements().stream().map(ProfileRequirement::getItem)
                .toList();

        Vacancy old = vacancy(operator.get(), group1.get(), 1, null, today.minusDays(260));
        Candidate rejected = candidate(old, today.minusDays(250), "Ковалёв", "Павел", "Сергеевич",
                "p.kovalev@example.ru", EducationLevel.SECONDARY_GENERAL, CandidateSource.JOB_FAIR,
                List.of(new Experience("Курьер", "ООО «Быстрая доставка»", 10, false)));
        move(rejected, CandidateStage.REJECTED, today.minusDays(240), "Нет опыта работы с клиентами");
        old.close(today.minusDays(230));

        Vacancy open = vacancy(operator.get(), group2.get(), 2, supervisor, today.minusDays(21));
        Candidate screening = candidate(open, today.minusDays(10), "Захарова", "Анна", "Викторовна",
                "a.zakharova@example.ru", EducationLevel.SECONDARY_GENERAL, CandidateSource.SOCIAL_MEDIA,
                List.of(new Experience("Администратор салона", "Салон «Лотос»", 8, true)));
        move(screening, CandidateStage.SCREENING, today.minusDays(8), null);

        Candidate interviewed = candidate(open, today.minusDays(16), "Орлова", "Мария", "Игоревна",
                "m.orlova@example.ru", EducationLevel.SECONDARY_VOCATIONAL, CandidateSource.JOB_SITE,
                List.of(new Experience("Продавец-консультант", "Магазин «Электроника»", 18, true),
                        new Experience("Кассир", "Супермаркет «Уют»", 6, true)));
        move(interviewed, CandidateStage.SCREENING, today.minusDays(14), null);
        move(interviewed, CandidateStage.INTERVIEW, today.minusDays(9), null);
        rate(interviewed, today.minusDays(5), hr.get(), items, new int[] {2, 1, 2, 2, 1, 1, 2, 1, 0, 2, 1, 2},
                "Вежлива, хорошо слушает; слабо знает скрипты работы с жалобами");

        Candidate offered = candidate(open, today.minusDays(18), "Фёдоров", "Кирилл", "Андреевич",
                "k.fedorov@example.ru", EducationLevel.HIGHER_BACHELOR, CandidateSource.REFERRAL,
                List.of(new Experience("Оператор call-центра", "Банк «Северный»", 24, true)));
        move(offered, CandidateStage.INTERVIEW, today.minusDays(12), null);
        rate(offered, today.minusDays(11), hr.get(), items, new int[] {2, 2, 3, 2, 2, 2, 2, 2, 1, 2, 2, 3},
                "Опыт работы на входящей линии банка; уверенно работает с CRM");
        rate(offered, today.minusDays(7), supervisor, items.subList(items.size() - 6, items.size()),
                new int[] {2, 2, 1, 2, 2, 2}, "Ролевая игра: обработка жалобы");
        move(offered, CandidateStage.OFFER, today.minusDays(4), "Предложение направлено");
        return true;
    }

    private Vacancy vacancy(JobProfileVersion profile, Team team, int openings, Person manager, LocalDate on) {
        Vacancy vacancy = new Vacancy(profile, team, openings, manager, null, on, AuditService.SYSTEM);
        vacancies.add(vacancy);
        audit.record(AuditService.SYSTEM, CREATE, "Vacancy", vacancy.getId(), vacancy.label(), new Changes()
                .created("profile", profile.getProfile().getCode() + " v" + profile.getNumber())
                .created("team", team.getName()).created("openings", openings));
        return vacancy;
    }

    private Candidate candidate(Vacancy vacancy, LocalDate on, String lastName, String firstName, String middleName,
                                String email, EducationLevel education, CandidateSource source,
                                List<Experience> experience) {
        Candidate candidate = new Candidate(vacancy, new CandidateDetails(lastName, firstName, middleName, email,
                "+7 900 555-01-" + (10 + Math.abs(email.hashCode() % 89)), education, null, source, true, on, null,
                experience), on, at(on), AuditService.SYSTEM);
        candidates.add(candidate);
        audit.record(AuditService.SYSTEM, CREATE, "Candidate", candidate.getId(), "#" + candidate.getId(),
                new Changes().created("vacancy", vacancy.label()).created("source", source)
                        .created("consentDate", on).created("stage", candidate.getStage()));
        return candidate;
    }

    private void move(Candidate candidate, CandidateStage stage, LocalDate on, String note) {
        CandidateStage before = candidate.getStage();
        candidate.moveTo(stage, on, at(on), AuditService.SYSTEM, note);
        audit.record(AuditService.SYSTEM, "TRANSITION", "Candidate", candidate.getId(), "#" + candidate.getId(),
                new Changes().compare("stage", before, stage).created("changedOn", on));
    }

    /** Rates the first items of {@code items} with {@code points}, in order. */
    private void rate(Candidate candidate, LocalDate on, Person interviewer, List<CompetencyItem> items,
                      int[] points, String notes) {
        Map<CompetencyItem, Candidate.Rated> ratings = new LinkedHashMap<>();
        for (int i = 0; i < points.length && i < items.size(); i++) {
            ratings.put(items.get(i), new Candidate.Rated(Proficiency.of(points[i]), null));
        }
        candidate.assess(AssessmentKind.INTERVIEW, on, interviewer, interviewer.getFullName(), notes, ratings, on,
                at(on), AuditService.SYSTEM);
        candidates.flush();
        audit.record(AuditService.SYSTEM, "ASSESS", "Candidate", candidate.getId(), "#" + candidate.getId(),
                new Changes().created("assessment", AssessmentKind.INTERVIEW + " " + on));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
