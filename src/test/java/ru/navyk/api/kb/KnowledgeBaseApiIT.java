package ru.navyk.api.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.api.kb.KbApi.ADMIN;
import static ru.navyk.api.kb.KbApi.OPERATOR;
import static ru.navyk.testsupport.Api.object;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.infrastructure.demo.DemoCentre;
import ru.navyk.testsupport.Api;
import tools.jackson.databind.JsonNode;

/**
 * The knowledge-base API against the running portal with the demo centre: articles, revisions and their comparison,
 * search, per-object rules, campaigns (audience, manager scope, quiz, supersession) and the audit report.
 */
class KnowledgeBaseApiIT {

    private static Api agent;
    private static Api agent2;
    private static Api mentor;
    private static Api supervisor;
    private static long agentId;
    private static long mentorId;

    @BeforeAll
    static void callers() {
        agent = KbApi.demo(DemoAccounts.AGENT);
        agent2 = KbApi.demo(DemoAccounts.AGENT2);
        mentor = KbApi.demo(DemoAccounts.MENTOR);
        supervisor = KbApi.demo(DemoAccounts.SUPERVISOR);
        agentId = agent.get("/api/me").expect(200).get("personId").asLong();
        mentorId = mentor.get("/api/me").expect(200).get("personId").asLong();
    }

    @Test
    void revisionsKeepHistoryAndCompareWordByWord() {
        JsonNode article = KbApi.article(ADMIN, KbApi.unique("Скрипт завершения"), "Спасибо за звонок.\nДо свидания.",
                List.of("Скрипт"), List.of("A/01.3/KN04"));
        long id = article.get("id").asLong();

        JsonNode revised = KbApi.revise(ADMIN, article, "Спасибо за обращение.\nДо свидания.", false);

        assertEquals(2, revised.get("currentRevision").asInt());
        assertEquals(2, ADMIN.get("/api/kb/articles/" + id + "/revisions").expect(200).size());
        assertEquals("Спасибо за звонок.\nДо свидания.", agent.get("/api/kb/articles/" + id + "/revisions/1")
                .expect(200).get("markdown").asString());
        JsonNode diff = agent.get("/api/kb/articles/" + id + "/diff?from=1&to=2").expect(200);
        assertTrue(diff.get("changed").asBoolean());
        Set<String> changedWords = new HashSet<>();
        for (JsonNode line : diff.get("lines")) {
            for (JsonNode segment : line.get("segments")) {
                if (segment.get("changed").asBoolean()) {
                    changedWords.add(line.get("kind").asString() + ":" + segment.get("text").asString());
                }
            }
        }
        assertEquals(Set.of("REMOVED:звонок", "ADDED:обращение"), changedWords);
        assertEquals(409, ADMIN.put("/api/kb/articles/" + id, object("version", article.get("version").asLong(),
                "title", "Старая версия", "body", "x", "summary", "x")).status(), "a stale version is refused");
    }

    @Test
    void searchIgnoresCaseAndYoAndFiltersByTagAndFunction() {
        String title = KbApi.unique("Ёлочные скидки");
        long id = KbApi.article(ADMIN, title, "Акция для ЖИТЕЛЕЙ новостроек.", List.of("Акции"),
                List.of("A/02.3/LA08")).get("id").asLong();

        assertTrue(ids(agent.get("/api/kb/articles?q=елочные%20жителей")).contains(id));
        assertTrue(ids(agent.get("/api/kb/articles?q=ЖИТЕЛЕЙ&tag=акции")).contains(id));
        assertTrue(ids(agent.get("/api/kb/articles?function=A/02.3")).contains(id));
        assertFalse(ids(agent.get("/api/kb/articles?q=жителей&function=A/01.3")).contains(id));
        assertTrue(ids(agent.get("/api/kb/articles?q=тарифов")).size() >= 1, "the shipped tariff article");
    }

    @Test
    void hostileArticleIsServedSanitised() {
        long id = KbApi.article(ADMIN, KbApi.unique("Опасная статья"), "<script>alert(1)</script>\n\n"
                + "[ссылка](javascript:alert(2)) <img src=x onerror=alert(3)>", List.of(), List.of())
                .get("id").asLong();

        String html = agent.get("/api/kb/articles/" + id).expect(200).get("html").asString();

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("<img src=x"), html);
    }

    @Test
    void perObjectRules() {
        Api.Reply create = agent.post("/api/kb/articles", object("title", "x", "body", "x", "summary", "x"));
        assertEquals(403, create.status(), "agents read, they do not edit");
        assertEquals(403, agent.get("/api/kb/campaigns").status());
        assertEquals(400, ADMIN.post("/api/kb/articles", object("title", "x", "body", "x", "summary", "x",
                "links", List.of("Z/01.9"))).status(), "a link must name the standard");

        JsonNode article = KbApi.article(ADMIN, KbApi.unique("Только для Кузнецова"), "Текст", List.of(), List.of());
        long articleId = article.get("id").asLong();
        ADMIN.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign("PERSON",
                List.of(String.valueOf(agentId)), LocalDate.now().plusDays(3), List.of())).expect(201);
        long obligation = KbApi.obligationFor(agent, articleId);

        assertEquals(404, agent2.get("/api/kb/obligations/" + obligation).status(), "someone else's obligation");
        assertEquals(404, agent2.post("/api/kb/obligations/" + obligation + "/acknowledgement", null).status());
        assertEquals(404, agent.get("/api/kb/obligations/999999999").status());
        assertEquals(400, ADMIN.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign("PERSON",
                List.of(String.valueOf(agentId)), LocalDate.now().minusDays(1), List.of())).status(),
                "no deadline in the past");
    }

    @Test
    void quizMustBePassedBeforeTheIdempotentAcknowledgement() {
        String title = KbApi.unique("Новый порядок возврата");
        JsonNode article = KbApi.article(ADMIN, title, "Возврат — 10 дней.",
                List.of(), List.of("A/04.3/LA05", "A/04.3/KN02"));
        long articleId = article.get("id").asLong();
        ADMIN.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign("PERSON",
                List.of(String.valueOf(agentId)), LocalDate.now().plusDays(1), List.of(
                        KbApi.question("Срок возврата?", 1, "3 дня", "10 дней"),
                        KbApi.question("Кто решает?", 0, "Отдел претензий", "Оператор")))).expect(201);
        long obligation = KbApi.obligationFor(agent, articleId);
        JsonNode line = openLine(obligation);
        assertEquals(title, line.get("articleTitle").asString());
        assertEquals(articleId, line.get("articleId").asLong());
        assertEquals(1, line.get("revisionNumber").asInt());
        assertTrue(line.get("hasQuiz").asBoolean(), "the list tells the agent a quiz comes first");
        assertFalse(line.get("overdue").asBoolean());
        JsonNode reading = agent.get("/api/kb/obligations/" + obligation).expect(200);
        assertEquals(2, reading.get("questions").size());
        assertFalse(reading.get("questions").get(0).has("correctOption"), "the right answer is not sent");

        assertEquals(400, agent.post("/api/kb/obligations/" + obligation + "/acknowledgement", null).status());
        JsonNode failed = agent.post("/api/kb/obligations/" + obligation + "/quiz", object("answers", List.of(0, 0)))
                .expect(200);
        assertFalse(failed.get("passed").asBoolean());
        JsonNode passed = agent.post("/api/kb/obligations/" + obligation + "/quiz", object("answers", List.of(1, 0)))
                .expect(200);
        assertTrue(passed.get("passed").asBoolean());
        assertEquals(2, passed.get("number").asInt());
        // The pass is evidence on the linked knowledge item (not on the labor action: a quiz checks knowing).
        List<JsonNode> fromQuiz = agent.get("/api/evidence?person=" + agentId).expect(200).valueStream()
                .filter(e -> e.get("source").asString().equals("KNOWLEDGE_QUIZ")
                        && e.get("raterName").asString().equals(title)).toList();
        assertEquals(List.of("A/04.3/KN02"), fromQuiz.stream().map(e -> e.get("itemCode").asString()).distinct()
                .toList(), fromQuiz.toString());
        // The rater stored is the revision's bare title, which pages word per language; the score reads «2/2» in any.
        assertTrue(fromQuiz.stream().allMatch(e -> e.get("note").asString().equals("2/2") && !e.has("testScore")),
                fromQuiz.toString());

        JsonNode first = agent.post("/api/kb/obligations/" + obligation + "/acknowledgement", null).expect(201);
        JsonNode again = agent.post("/api/kb/obligations/" + obligation + "/acknowledgement", null).expect(200);
        assertEquals(first.get("id").asLong(), again.get("id").asLong());
        assertEquals(2, first.get("quizAttempts").asInt());
        assertEquals(2, first.get("quizScore").asInt());
        assertEquals("DONE", agent.get("/api/kb/obligations/" + obligation).expect(200).get("status").asString());
        assertNull(openLine(obligation), "an acknowledged change leaves the list of open ones");
    }

    @Test
    void newerRevisionSupersedesOpenObligationsAndMinorSparesThoseWhoRead() {
        JsonNode article = KbApi.article(ADMIN, KbApi.unique("Скрипт допродажи"), "Предложите роутер.", List.of(),
                List.of());
        long articleId = article.get("id").asLong();
        List<String> both = List.of(String.valueOf(agentId), String.valueOf(mentorId));
        ADMIN.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign("PERSON", both,
                LocalDate.now().plusDays(2), List.of())).expect(201);
        long mentorFirst = KbApi.obligationFor(mentor, articleId);
        long agentFirst = KbApi.obligationFor(agent, articleId);
        mentor.post("/api/kb/obligations/" + mentorFirst + "/acknowledgement", null).expect(201);

        JsonNode current = ADMIN.get("/api/kb/articles/" + articleId).expect(200);
        KbApi.revise(ADMIN, current, "Предложите роутер и ТВ-приставку.", false);
        long minor = ADMIN.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign("PERSON", both,
                LocalDate.now().plusDays(2), List.of())).expect(201).get("summary").get("id").asLong();

        assertEquals("SUPERSEDED", agent.get("/api/kb/obligations/" + agentFirst).expect(200).get("status")
                .asString());
        assertEquals(400, agent.post("/api/kb/obligations/" + agentFirst + "/acknowledgement", null).status());
        List<JsonNode> minorRows = KbApi.obligations(ADMIN, minor);
        assertEquals(List.of(agentId), minorRows.stream().map(r -> r.get("personId").asLong()).toList(),
                "a minor change does not ask the mentor, who read revision 1, again");
        long agentSecond = KbApi.obligationFor(agent, articleId);
        JsonNode reading = agent.get("/api/kb/obligations/" + agentSecond).expect(200);
        assertEquals(1, reading.get("baseNumber").asInt(), "changes since the previous revision");

        current = ADMIN.get("/api/kb/articles/" + articleId).expect(200);
        KbApi.revise(ADMIN, current, "Предложите роутер, ТВ-приставку и мобильную связь.", true);
        long major = ADMIN.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign("PERSON", both,
                LocalDate.now().plusDays(2), List.of())).expect(201).get("summary").get("id").asLong();
        assertEquals(Set.of(agentId, mentorId), new HashSet<>(KbApi.obligations(ADMIN, major).stream()
                .map(r -> r.get("personId").asLong()).toList()), "a major change asks everyone again");
        JsonNode mentorReading = mentor.get("/api/kb/obligations/" + KbApi.obligationFor(mentor, articleId))
                .expect(200);
        assertEquals(1, mentorReading.get("baseNumber").asInt(), "the mentor sees changes since what they read");
        assertTrue(mentorReading.get("baseAcknowledged").asBoolean());
    }

    @Test
    void publishingNotifiesEveryoneAskedInTheirInboxAndByEmail() throws Exception {
        String title = KbApi.unique("Порядок возврата");
        JsonNode article = KbApi.article(ADMIN, title, "Возврат в течение 14 дней.", List.of(), List.of());
        long articleId = article.get("id").asLong();
        ADMIN.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign("PERSON",
                List.of(String.valueOf(agentId), String.valueOf(mentorId)), LocalDate.now().plusDays(3), List.of()))
                .expect(201);

        for (Api asked : List.of(agent, mentor)) {
            List<JsonNode> about = new ArrayList<>();
            asked.get("/api/notifications").expect(200).forEach(n -> {
                if (n.get("subject").asString().contains(title)) {
                    about.add(n);
                }
            });
            assertEquals(1, about.size(), "one inbox message each");
            assertEquals("/kb/read.xhtml?article=" + articleId, about.get(0).get("link").asString());
        }

        // Written in bulk, sent by the outbox like every other message.
        ADMIN.post("/api/mail/outbox/send", null).expect(200);
        for (Api asked : List.of(agent, mentor)) {
            long personId = asked.get("/api/me").expect(200).get("personId").asLong();
            String email = asked.get("/api/people/" + personId).expect(200).get("email").asString();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (mailAbout(email, title) < 1 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertEquals(1, mailAbout(email, title), "one e-mail to " + email);
        }
    }

    private static long mailAbout(String email, String title) throws Exception {
        long count = 0;
        for (MimeMessage message : KbApi.PORTAL.mailTo(email)) {
            if (message.getSubject().contains(title)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aSupervisorReachesAndSeesOnlyTheirOwnTeams() throws IOException, InterruptedException {
        JsonNode article = KbApi.article(supervisor, KbApi.unique("Памятка смены"), "Перерывы по графику.",
                List.of(), List.of("A/01.3"));
        long articleId = article.get("id").asLong();
        JsonNode published = supervisor.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign(
                "POSITION", List.of(OPERATOR), LocalDate.now().plusDays(1), List.of())).expect(201);
        long campaign = published.get("summary").get("id").asLong();

        List<JsonNode> rows = KbApi.obligations(ADMIN, campaign);
        assertFalse(rows.isEmpty());
        for (JsonNode row : rows) {
            String team = row.get("teamName").asString();
            assertTrue(team.equals(DemoCentre.GROUP_1) || team.equals(DemoCentre.ADAPTATION), team);
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("personId").asLong() == agentId));
        for (JsonNode own : agent2.get("/api/kb/obligations").expect(200)) {
            assertTrue(own.get("articleId").asLong() != articleId, "agent2 of Группа 2 was not asked");
        }

        long done = agent.post("/api/kb/obligations/" + KbApi.obligationFor(agent, articleId) + "/acknowledgement",
                null).expect(201).get("id").asLong();
        assertTrue(done > 0);
        JsonNode view = supervisor.get("/api/kb/campaigns/" + campaign).expect(200);
        assertEquals(1, view.get("summary").get("done").asInt());
        assertEquals(rows.size() - 1, view.get("summary").get("pending").asInt());

        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        KbApi.PORTAL.uri("/api/kb/campaigns/" + campaign + "/report?format=xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (DemoAccounts.SUPERVISOR + ":" + DemoAccounts.PASSWORD).getBytes()))
                .header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertEquals(rows.size() + 2, sheet.size(), "title, header and one row per person");
            assertEquals(1, sheet.stream().filter(r -> "Ознакомлен(а)".equals(r.getCellText(5))).count());
        }

        HttpResponse<byte[]> english = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        KbApi.PORTAL.uri("/api/kb/campaigns/" + campaign + "/report?format=xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (DemoAccounts.SUPERVISOR + ":" + DemoAccounts.PASSWORD).getBytes()))
                .header("Accept", "*/*").header("Accept-Language", "en-GB,en;q=0.8").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, english.statusCode());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(english.body()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertEquals("Employee", sheet.get(1).getCellText(0));
            assertEquals(1, sheet.stream().filter(r -> "Acknowledged".equals(r.getCellText(5))).count());
        }
    }

    private static Set<Long> ids(Api.Reply reply) {
        Set<Long> ids = new HashSet<>();
        reply.expect(200).get("items").forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    /** The agent's open obligation as their list shows it; null when it is not in the list. */
    private static JsonNode openLine(long obligation) {
        for (JsonNode line : agent.get("/api/kb/obligations").expect(200)) {
            if (line.get("id").asLong() == obligation) {
                return line;
            }
        }
        return null;
    }
}
