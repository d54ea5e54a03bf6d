package ru.navyk.application.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.navyk.domain.knowledge.Acknowledgement;
import ru.navyk.domain.knowledge.Article;
import ru.navyk.domain.knowledge.ArticleRevision;
import ru.navyk.domain.knowledge.Audience;
import ru.navyk.domain.knowledge.Campaign;
import ru.navyk.domain.knowledge.Obligation;
import ru.navyk.domain.notification.Notification;
import ru.navyk.domain.people.Person;

/**
 * Seeds, inside the deployed WAR, obligations around their deadlines: two due tomorrow, one overdue since yesterday,
 * one due in ten days and one already done — with fresh names on every run.
 */
@ApplicationScoped
public class ReminderFixture {

    /** The seeded people: due tomorrow (2), overdue, not yet due, already done. */
    public record Seeded(long dueA, long dueB, long overdue, long later, long done) {
    }

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Transactional
    public Seeded seed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        Person dueA = person("Завтра", run);
        Person dueB = person("Послезавтра", run);
        Person overdue = person("Просрочил", run);
        Person later = person("Успеет", run);
        Person done = person("Прочитал", run);
        Article article = new Article("reminder-" + run, "Напоминания " + run, now);
        em.persist(article);
        ArticleRevision revision = article.revise("Напоминания " + run, "Текст", "Первая", true, "test", now);
        em.persist(revision);
        Campaign tomorrow = campaign(revision, Set.of(dueA.getId(), dueB.getId(), done.getId()), today.plusDays(1));
        Campaign yesterday = campaign(revision, Set.of(overdue.getId()), today.minusDays(1));
        Campaign inTenDays = campaign(revision, Set.of(later.getId()), today.plusDays(10));
        em.persist(new Obligation(tomorrow, dueA, now));
        em.persist(new Obligation(tomorrow, dueB, now));
        Obligation read = new Obligation(tomorrow, done, now);
        em.persist(read);
        read.complete(now);
        em.flush();
        em.persist(new Acknowledgement(read, now, 0, null, null));
        em.persist(new Obligation(yesterday, overdue, now));
        em.persist(new Obligation(inTenDays, later, now));
        return new Seeded(dueA.getId(), dueB.getId(), overdue.getId(), later.getId(), done.getId());
    }

    @Transactional
    public List<String> inbox(long personId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :p ORDER BY n.id", Notification.class)
                .setParameter("p", personId).getResultList().stream().map(Notification::getSubject).toList();
    }

    @Transactional
    public long outboxRows() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m", Long.class).getSingleResult();
    }

    private Campaign campaign(ArticleRevision revision, Set<Long> people, LocalDate deadline) {
        Campaign campaign = new Campaign(revision, new Audience.People(people), "test", deadline, "test",
                Instant.now());
        em.persist(campaign);
        return campaign;
    }

    private Person person(String lastName, String run) {
        Person person = new Person(lastName, "Тест", null, lastName.toLowerCase() + "." + run + "@example.ru",
                LocalDate.now().minusYears(1));
        person.assignPosition("Оператор контакт-центра", 3, LocalDate.now().minusYears(1));
        em.persist(person);
        em.flush();
        return person;
    }
}
