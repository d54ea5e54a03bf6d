package ru.navyk.api.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;

/**
 * The qualification and development-plan API against the running demo portal: who reads whose qualification, who
 * may decide levels and review (a manager of the person only), the standard's eligibility rule on decisions, reviews
 * saved as a whole with a stale version refused, and plans drafted from proposals and worked through by the person.
 * Changes only demo people no other test looks at (Семенова, Захарова, Попова, Белов).
 */
class QualificationApiIT {

    private static PortalServer portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalServer.get();
    }

    private static Api as(String username) {
        return Api.basic(portal, username, DemoAccounts.PASSWORD);
    }

    /** A demo person's id, as HR finds them. */
    private static long id(String name) {
        JsonNode found = as(DemoAccounts.HR).get("/api/people?q=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8)).expect(200);
        assertEquals(1, found.get("total").asInt(), name);
        return found.get("items").get(0).get("id").asLong();
    }

    @ParameterizedTest(name = "{0} reads the qualification of {1}: {2}")
    @CsvSource(textBlock = """
            demo.agent,      Кузнецов Алексей, 200
            demo.agent,      Смирнов Денис,    404
            demo.agent,      Попова Дарья,     404
            demo.supervisor, Кузнецов Алексей, 200
            demo.supervisor, Смирнов Денис,    404
            demo.mentor,     Белов Никита,     200
            demo.mentor,     Попова Дарья,     404
            demo.hr,         Смирнов Денис,    200
            demo.head,       Смирнов Денис,    200
            """)
    void eachRoleReadsTheQualificationOfWhomItMaySee(String viewer, String person, int status) {
        assertEquals(status, as(viewer).get("/api/qualification/people/" + id(person)).status());
    }

    @Test
    void aPersonsQualificationShowsHeldLevelsEligibilityAndWhatIsMissing() {
        JsonNode nikitina = as(DemoAccounts.SUPERVISOR).get("/api/qualification/people/" + id("Никитина Юлия"))
                .expect(200);

        assertEquals("A", nikitina.get("held").get(0).get("functionCode").asText());
        JsonNode b = eligibility(nikitina, "B");
        assertFalse(b.get("eligible").asBoolean());
        assertEquals("eligibility.education.missing", b.get("gaps").get(0).get("code").asText());
        assertTrue(b.get("gaps").get(0).get("message").asText().startsWith("нет требуемого образования"));
        JsonNode medvedev = as(DemoAccounts.SUPERVISOR).acceptLanguage("en")
                .get("/api/qualification/people/" + id("Медведев Роман")).expect(200);
        assertEquals("2 months of experience handling customer contacts (a position of level 3 or higher) missing",
                eligibility(medvedev, "B").get("gaps").get(0).get("message").asText());
        assertTrue(List.of("CURRENT", "DUE_SOON", "OVERDUE").contains(nikitina.get("upskilling").get("status")
                .asText()));
    }

    @Test
    void onlyAManagerOfThePersonDecidesAndGrantingNeedsEligibilityOrAnOverride() {
        long semenova = id("Семенова Ксения");
        long zakharova = id("Захарова Виктория");
        Object grantB = object("personId", semenova, "functionCode", "B", "outcome", "GRANTED",
                "reason", "Соответствует требованиям, успешно проводит мониторинг");

        assertEquals(404, as(DemoAccounts.AGENT).post("/api/qualification/decisions", grantB).status());
        assertEquals(404, as(DemoAccounts.HR).post("/api/qualification/decisions", grantB).status());
        assertEquals(404, as(DemoAccounts.MENTOR).post("/api/qualification/decisions", grantB).status());
        JsonNode review = as(DemoAccounts.SUPERVISOR).post("/api/qualification/decisions", grantB).expect(201);
        assertEquals(1, review.get("decisionsCount").asInt());
        JsonNode again = as(DemoAccounts.SUPERVISOR).post("/api/qualification/decisions", grantB).expect(400);
        assertEquals("rule.review.alreadyHeld", again.get("code").asText());
        JsonNode held = as(DemoAccounts.SUPERVISOR).get("/api/qualification/people/" + semenova + "/decisions")
                .expect(200);
        assertEquals("B", held.get(0).get("functionCode").asText());
        assertEquals("QUALIFICATION_REVIEW", held.get(0).get("source").asText());
        assertEquals(review.get("id").asLong(), held.get(0).get("sourceId").asLong());

        Object notEligible = object("personId", zakharova, "functionCode", "C", "outcome", "GRANTED",
                "reason", "Ведет планирование смен группы");
        JsonNode refused = as(DemoAccounts.SUPERVISOR).post("/api/qualification/decisions", notEligible)
                .expect(400);
        assertEquals("rule.review.notEligible", refused.get("code").asText());
        assertEquals("override", refused.get("field").asText());
        as(DemoAccounts.SUPERVISOR).post("/api/qualification/decisions", object("personId", zakharova,
                "functionCode", "C", "outcome", "GRANTED", "override", true,
                "reason", "Ведет планирование смен группы; обучение по СПО завершается")).expect(201);
        assertEquals(404, as(DemoAccounts.SUPERVISOR).post("/api/qualification/decisions",
                object("personId", id("Смирнов Денис"), "functionCode", "B", "outcome", "GRANTED",
                        "reason", "x")).status(), "another team's agent");
    }

    @Test
    void aReviewIsSavedAsAWholeOnceAndItsRatingsBecomeEvidence() {
        long popova = id("Попова Дарья");
        JsonNode sheet = as(DemoAccounts.SUPERVISOR).post("/api/qualification/reviews",
                object("personId", popova)).expect(201);
        assertFalse(sheet.get("items").isEmpty());
        long reviewId = sheet.get("reviewId").asLong();
        List<Object> ratings = new ArrayList<>();
        ratings.add(object("itemId", sheet.get("items").get(0).get("itemId").asLong(),
                "proficiency", "TEACHES_OTHERS"));
        assertEquals(404, as(DemoAccounts.AGENT).post("/api/qualification/reviews/" + reviewId + "/save",
                object("version", sheet.get("version").asLong(), "ratings", ratings)).status());

        JsonNode saved = as(DemoAccounts.SUPERVISOR).post("/api/qualification/reviews/" + reviewId + "/save",
                object("version", sheet.get("version").asLong(), "ratings", ratings, "note", "Плановая оценка"))
                .expect(200);

        assertEquals("SAVED", saved.get("status").asText());
        assertEquals(409, as(DemoAccounts.SUPERVISOR).post("/api/qualification/reviews/" + reviewId + "/save",
                object("version", sheet.get("version").asLong(), "ratings", ratings)).status());
        JsonNode evidence = as(DemoAccounts.SUPERVISOR).get("/api/evidence?person=" + popova).expect(200);
        assertEquals("MANAGER_REVIEW", evidence.get(0).get("source").asText());
        assertEquals(reviewId, evidence.get(0).get("sourceId").asLong());
        assertEquals("TEACHES_OTHERS", evidence.get(0).get("proficiency").asText());
    }

    @Test
    void theMatrixIsForManagersHrAndAdministratorsAndTheOrganisationViewForHeadsAndHr() throws IOException,
            InterruptedException {
        assertEquals(403, as(DemoAccounts.AGENT).get("/api/qualification/matrix").status());
        JsonNode matrix = as(DemoAccounts.SUPERVISOR).get("/api/qualification/matrix?max=100").expect(200);
        List<String> names = new ArrayList<>();
        matrix.get("rows").forEach(row -> names.add(row.get("fullName").asText()));
        assertTrue(names.contains("Кузнецов Алексей Викторович"), names.toString());
        assertFalse(names.contains("Смирнов Денис Алексеевич"), "group 2 is not the supervisor's");
        assertFalse(names.contains("Морозов Игорь Сергеевич"), "not themselves");
        assertEquals(names.size(), matrix.get("total").asInt());

        assertEquals(403, as(DemoAccounts.SUPERVISOR).get("/api/qualification/organisation").status());
        JsonNode organisation = as(DemoAccounts.HEAD).get("/api/qualification/organisation").expect(200);
        assertTrue(organisation.get("people").asInt() > 30);
        assertFalse(organisation.get("pipeline").isEmpty());
        assertFalse(organisation.get("overdue").isEmpty());
        as(DemoAccounts.HR).get("/api/qualification/organisation").expect(200);

        assertEquals(403, export(DemoAccounts.SUPERVISOR).statusCode());
        HttpResponse<byte[]> export = export(DemoAccounts.HR);
        assertEquals(200, export.statusCode());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
            assertEquals(3, workbook.getSheets().count(), "functions, pipeline, overdue upskilling");
        }
    }

    @Test
    void theOrganisationViewCountsAPersonHiredAMomentAgo() {
        Api hr = as(DemoAccounts.HR);
        long before = hr.get("/api/qualification/organisation").expect(200).get("people").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        hr.post("/api/people", object("lastName", "Кэшев", "firstName", "Тест", "email", "cache-" + suffix
                + "@it.navyk.ru", "hireDate", LocalDate.now().toString(), "positionTitle",
                "Оператор контакт-центра", "qualificationLevel", 3)).expect(201);

        // The view is cached between requests; a hire is a change of what it counts, so it is computed again.
        assertEquals(before + 1, hr.get("/api/qualification/organisation").expect(200).get("people").asLong());
    }

    @Test
    void theMatrixShowsARatingRecordedAMomentAgo() {
        Api supervisor = as(DemoAccounts.SUPERVISOR);
        long kuznetsov = id("Кузнецов Алексей");
        JsonNode before = matrixRow(supervisor, kuznetsov);
        assertTrue(before.get("hasGaps").asBoolean(), "the demo agent has something left to learn: " + before);

        JsonNode sheet = supervisor.post("/api/qualification/reviews", object("personId", kuznetsov)).expect(201);
        List<Object> ratings = new ArrayList<>();
        sheet.get("items").forEach(item -> ratings.add(object("itemId", item.get("itemId").asLong(),
                "proficiency", "TEACHES_OTHERS")));
        supervisor.post("/api/qualification/reviews/" + sheet.get("reviewId").asLong() + "/save",
                object("version", sheet.get("version").asLong(), "ratings", ratings)).expect(200);

        // Each row of the matrix is kept between requests; a rating of the person makes theirs stale at once.
        JsonNode after = matrixRow(supervisor, kuznetsov);
        assertFalse(after.get("hasGaps").asBoolean(), after.toString());
        after.get("cells").forEach(cell -> assertEquals(100, cell.get("percent").asInt(), cell.toString()));
    }

    /** The person's row of the caller's team matrix. */
    private static JsonNode matrixRow(Api caller, long personId) {
        for (JsonNode row : caller.get("/api/qualification/matrix?max=200").expect(200).get("rows")) {
            if (row.get("personId").asLong() == personId) {
                return row;
            }
        }
        throw new AssertionError("person " + personId + " is not in the matrix");
    }

    /** The organisation view's Excel export, as a browser downloads it (accepting anything). */
    private static HttpResponse<byte[]> export(String username) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        portal.uri("/api/qualification/organisation/export"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aManagerDraftsAPlanFromProposalsThePersonStartsAndCommentsAndTheMentorOnlyReads() {
        long belov = id("Белов Никита");
        JsonNode proposals = as(DemoAccounts.SUPERVISOR).get("/api/development/plans/proposals?person=" + belov)
                .expect(200);
        assertFalse(proposals.isEmpty());
        assertTrue(proposals.get(0).get("gap").asInt() >= proposals.get(proposals.size() - 1).get("gap").asInt());
        assertEquals(404, as(DemoAccounts.MENTOR).get("/api/development/plans/proposals?person=" + belov).status());
        Object body = object("personId", belov, "title", "План адаптации и развития", "goals", List.of(
                object("kind", "ITEM", "itemId", proposals.get(0).get("itemId").asLong(), "target", "INDEPENDENT"),
                object("kind", "LEVEL", "code", "A")));
        assertEquals(404, as(DemoAccounts.MENTOR).post("/api/development/plans", body).status());

        JsonNode plan = as(DemoAccounts.SUPERVISOR).post("/api/development/plans", body).expect(201);
        long planId = plan.get("id").asLong();
        assertEquals("DRAFT", plan.get("status").asText());
        assertEquals(2, plan.get("goals").size());
        JsonNode duplicate = as(DemoAccounts.SUPERVISOR).post("/api/development/plans", body).expect(400);
        assertEquals("rule.plan.activeExists", duplicate.get("code").asText());

        JsonNode read = as(DemoAccounts.MENTOR).get("/api/development/plans/" + planId).expect(200);
        assertFalse(read.get("permissions").get("edit").asBoolean());
        assertEquals(404, as(DemoAccounts.MENTOR).post("/api/development/plans/" + planId + "/comments",
                object("text", "Наставник")).status());
        assertEquals(404, as(DemoAccounts.AGENT).get("/api/development/plans/" + planId).status());

        plan = as(DemoAccounts.SUPERVISOR).post("/api/development/plans/" + planId + "/transitions",
                object("version", plan.get("version").asLong(), "status", "AGREED")).expect(200);
        assertEquals(404, as(DemoAccounts.TRAINEE).post("/api/development/plans/" + planId + "/transitions",
                object("version", plan.get("version").asLong(), "status", "CANCELLED")).status());
        plan = as(DemoAccounts.TRAINEE).post("/api/development/plans/" + planId + "/transitions",
                object("version", plan.get("version").asLong(), "status", "IN_PROGRESS")).expect(200);
        assertEquals("IN_PROGRESS", plan.get("status").asText());
        assertEquals(409, as(DemoAccounts.SUPERVISOR).post("/api/development/plans/" + planId + "/transitions",
                object("version", 0, "status", "COMPLETED")).status());
        plan = as(DemoAccounts.TRAINEE).post("/api/development/plans/" + planId + "/comments",
                object("text", "Начал <b>читать</b> статьи")).expect(200);
        assertEquals("Начал <b>читать</b> статьи", plan.get("comments").get(0).get("text").asText());
        assertEquals("Белов Никита Романович", plan.get("comments").get(0).get("authorName").asText());
        JsonNode transitions = plan.get("transitions");
        assertEquals("IN_PROGRESS", transitions.get(transitions.size() - 1).get("to").asText());
        assertEquals("Белов Никита Романович", transitions.get(transitions.size() - 1).get("actorName").asText());
    }

    @Test
    void theAgentReadsTheirAgreedDemoPlanWithProgressFromEvidence() {
        JsonNode plan = as(DemoAccounts.AGENT).get("/api/development/plans/active?person="
                + id("Кузнецов Алексей")).expect(200);

        assertEquals("AGREED", plan.get("status").asText());
        assertEquals("WITH_HELP", plan.get("goals").get(0).get("current").asText());
        assertEquals(50, plan.get("goals").get(0).get("percent").asInt());
        assertTrue(plan.get("permissions").get("start").asBoolean());
        assertFalse(plan.get("permissions").get("edit").asBoolean());
    }

    private static JsonNode eligibility(JsonNode qualification, String function) {
        for (JsonNode e : qualification.get("eligibility")) {
            if (e.get("functionCode").asText().equals(function)) {
                return e;
            }
        }
        throw new AssertionError("no eligibility for " + function);
    }
}
