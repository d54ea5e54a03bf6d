package ru.navyk.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ru.navyk.application.knowledge.AudienceResolver;
import ru.navyk.domain.knowledge.Acknowledgement;
import ru.navyk.domain.knowledge.Article;
import ru.navyk.domain.knowledge.ArticleRevision;
import ru.navyk.domain.knowledge.Audience;
import ru.navyk.domain.knowledge.Campaign;
import ru.navyk.domain.knowledge.CampaignRepository;
import ru.navyk.domain.knowledge.KnowledgeRepository;
import ru.navyk.domain.knowledge.Obligation;
import ru.navyk.domain.knowledge.QuizAttempt;
import ru.navyk.domain.knowledge.QuizGrade;
import ru.navyk.domain.knowledge.QuizQuestion;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.TeamRepository;

/**
 * Gives the demo centre two acknowledgement campaigns, so the knowledge base shows pending, overdue and done
 * acknowledgements from the first start:
 * <ul>
 *   <li>«Информационная безопасность…», revision 1, asked of every «Оператор контакт-центра» by the head of the centre
 *       nine days ago, due two days ago: about half confirmed, the rest (including {@code demo.agent}) overdue;</li>
 *   <li>«Приветствие и идентификация клиента», revision 2 (a major change by {@code demo.supervisor}: the answer now
 *       comes by the second ring, and the code word is asked before the passport digits), asked of Группа 1 and its
 *       sub-team with a two-question quiz, due in five days: {@code demo.mentor} passed and confirmed, the others
 *       pending.</li>
 * </ul>
 * Runs only on a demo database that has the demo people, the shipped articles and no campaign yet.
 */
@ApplicationScoped
public class DemoKnowledgeBaseLoader {

    static final String SECURITY = "information-security";
    static final String GREETING = "greeting-and-identification";

    @Inject
    private KnowledgeRepository articles;

    @Inject
    private CampaignRepository campaigns;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private TeamRepository teams;

    @Inject
    private AudienceResolver audiences;

    @Inject
    private Clock clock;

    /** @return whether the demo campaigns were created */
    @Transactional
    public boolean loadIfMissing() {
        Optional<Article> security = articles.findByKey(SECURITY);
        Optional<Article> greeting = articles.findByKey(GREETING);
        Optional<Person> head = person(DemoAccounts.HEAD);
        Optional<Person> mentor = person(DemoAccounts.MENTOR);
        if (campaigns.count() > 0 || security.isEmpty() || greeting.isEmpty() || head.isEmpty() || mentor.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        securityCampaign(security.get(), now, today);
        greetingCampaign(greeting.get(), mentor.get(), now, today);
        return true;
    }

    private void securityCampaign(Article article, Instant now, LocalDate today) {
        ArticleRevision revision = articles.revision(article.getId(), article.getCurrentRevision()).orElseThrow();
        Audience audience = new Audience.Positions(Set.of("Оператор контакт-центра"));
        Campaign campaign = new Campaign(revision, audience, "Оператор контакт-центра", today.minusDays(2),
                DemoAccounts.HEAD, now.minus(Duration.ofDays(9)));
        campaigns.add(campaign);
        int index = 0;
        for (Long personId : new TreeSet<>(audiences.resolve(audience))) {
            Person person = people.find(personId).orElseThrow();
            Obligation obligation = new Obligation(campaign, person, campaign.getCreatedAt());
            campaigns.add(obligation);
            boolean isDemoAgent = person(DemoAccounts.AGENT).map(a -> a.getId().equals(personId)).orElse(false);
            if (index++ % 2 == 0 && !isDemoAgent) {
                Instant at = campaign.getCreatedAt().plus(Duration.ofHours(20 + index * 3L));
                obligation.complete(at);
                campaigns.flush();
                campaigns.add(new Acknowledgement(obligation, at, 0, null, null));
            }
        }
    }

    private void greetingCampaign(Article article, Person mentor, Instant now, LocalDate today) {
        ArticleRevision first = articles.revision(article.getId(), article.getCurrentRevision()).orElseThrow();
        String body = first.getBody()
                .replace("Ответьте **не позднее третьего гудка**.", "Ответьте **не позднее второго гудка**.")
                .replace("Если клиент не может назвать кодовое слово, предложите альтернативу — последние 4 цифры"
                        + " паспорта.", "Сначала всегда спрашивайте кодовое слово. Только если клиент не может его"
                        + " назвать, предложите альтернативу — последние 4 цифры паспорта.");
        Instant revised = now.minus(Duration.ofDays(2));
        ArticleRevision revision = article.revise(first.getTitle(), body, "Ответ до второго гудка; кодовое слово"
                + " спрашивается первым", true, DemoAccounts.SUPERVISOR, revised);
        articles.add(revision);
        revision.setQuiz(List.of(
                new QuizQuestion.Definition("Не позднее какого гудка нужно ответить на звонок?",
                        List.of("Первого", "Второго", "Третьего"), 1),
                new QuizQuestion.Definition("Что спрашивают первым при идентификации?",
                        List.of("Последние 4 цифры паспорта", "Кодовое слово", "Дату рождения"), 1)));
        Long groupOne = teams.findActiveByName(DemoCentre.GROUP_1).orElseThrow().getId();
        Audience audience = new Audience.Teams(Set.of(groupOne));
        Campaign campaign = new Campaign(revision, audience, DemoCentre.GROUP_1, today.plusDays(5),
                DemoAccounts.SUPERVISOR, revised.plus(Duration.ofMinutes(5)));
        campaigns.add(campaign);
        for (Long personId : new TreeSet<>(audiences.resolve(audience))) {
            Person person = people.find(personId).orElseThrow();
            Obligation obligation = new Obligation(campaign, person, campaign.getCreatedAt());
            campaigns.add(obligation);
            if (person.getId().equals(mentor.getId())) {
                campaigns.flush();
                List<Integer> answers = List.of(1, 1);
                Instant at = campaign.getCreatedAt().plus(Duration.ofHours(3));
                campaigns.add(new QuizAttempt(obligation, answers, QuizGrade.of(revision.getQuestions(), answers),
                        at));
                obligation.complete(at.plus(Duration.ofMinutes(1)));
                campaigns.add(new Acknowledgement(obligation, at.plus(Duration.ofMinutes(1)), 1, 2, 2));
            }
        }
    }

    private Optional<Person> person(String username) {
        return accounts.findByUsername(username).map(Account::getPerson);
    }
}
