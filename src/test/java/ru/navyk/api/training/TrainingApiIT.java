package ru.navyk.api.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;

/**
 * The training API against the demo centre: per-object rules on attempts (an agent sees their own, a supervisor their
 * teams'), the answer key never leaves the server before submission, an automatic training request finds the people
 * whose profiles require the items, events fill seats then the waiting list, attendance writes evidence, reminders are
 * written once.
 */
class TrainingApiIT {

    private final PortalServer portal = PortalServer.get();
    private final Api agent = Api.basic(portal, DemoAccounts.AGENT2, DemoAccounts.PASSWORD);
    private final Api trainee = Api.basic(portal, DemoAccounts.TRAINEE, DemoAccounts.PASSWORD);
    private final Api supervisor = Api.basic(portal, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
    private final Api hr = Api.basic(portal, DemoAccounts.HR, DemoAccounts.PASSWORD);
    private final Api admin = Api.basic(portal, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);

    @Test
    void theSheetHasNoAnswerKeyAndAttemptsAreSeenOnlyByThoseWhoMaySeeThePerson() {
        long attempt = trainee.post("/api/training/courses/information-security/attempts", null).expect(201)
                .get("id").asLong();
        String sheet = trainee.get("/api/training/attempts/" + attempt + "/sheet").expect(200).toString();
        long traineeId = trainee.get("/api/me").expect(200).get("personId").asLong();

        assertFalse(sheet.contains("correct"), sheet);
        assertFalse(sheet.contains("explanation"), sheet);
        assertEquals(attempt, trainee.post("/api/training/courses/information-security/attempts", null).expect(201)
                .get("id").asLong(), "the running attempt is resumed, not doubled");
        assertEquals("api.notFound", agent.get("/api/training/attempts/" + attempt).expect(404).get("code").asString());
        agent.get("/api/training/attempts/" + attempt + "/sheet").expect(404);
        agent.post("/api/training/attempts/" + attempt + "/submit", Map.of("answers", Map.of())).expect(404);
        agent.get("/api/training/attempts?person=" + traineeId).expect(404);
        JsonNode seenBySupervisor = supervisor.get("/api/training/attempts?person=" + traineeId).expect(200);
        assertEquals(attempt, seenBySupervisor.get(0).get("id").asLong(), "the trainee is in the supervisor's team");
        supervisor.get("/api/training/attempts/" + attempt + "/sheet").expect(404);

        JsonNode result = trainee.post("/api/training/attempts/" + attempt + "/submit", Map.of("answers", Map.of()))
                .expect(200);
        assertEquals(0, result.get("attempt").get("score").asInt());
        assertTrue(result.toString().contains("explanation"), "after submission the explanations are shown");
        assertEquals("rule.training.attemptClosed", trainee.post("/api/training/attempts/" + attempt + "/submit",
                Map.of("answers", Map.of())).expect(400).get("code").asString());
        assertEquals(404, ru.navyk.testsupport.Http.send("GET", portal.uri("/api/training/attempts/" + attempt
                + "/certificate"), Map.of("Authorization", basic(DemoAccounts.TRAINEE), "Accept", "application/pdf"),
                null).statusCode(), "no certificate without a pass");
    }

    @Test
    void aPassRecordsEvidenceAtTheCoursesProficiencyAndGivesACertificate() {
        long attempt = agent.post("/api/training/courses/contact-evaluation/attempts", null).expect(201).get("id")
                .asLong();
        JsonNode sheet = agent.get("/api/training/attempts/" + attempt + "/sheet").expect(200);
        long self = agent.get("/api/me").expect(200).get("personId").asLong();

        JsonNode failed = agent.post("/api/training/attempts/" + attempt + "/submit", Map.of("answers",
                Map.of(sheet.get("questions").get(0).get("id").asString(),
                        List.of(sheet.get("questions").get(0).get("options").get(0).get("id").asLong())))).expect(200);
        assertFalse(failed.get("attempt").get("passed").asBoolean());

        long second = agent.post("/api/training/courses/contact-evaluation/attempts", null).expect(201).get("id")
                .asLong();
        JsonNode key = failed.get("questions");
        Map<String, Object> answers = new java.util.HashMap<>();
        key.forEach(q -> answers.put(q.get("id").asString(), q.get("options").valueStream()
                .filter(o -> o.get("correct").asBoolean()).map(o -> o.get("id").asLong()).toList()));
        JsonNode passed = agent.post("/api/training/attempts/" + second + "/submit", Map.of("answers", answers))
                .expect(200);

        assertTrue(passed.get("attempt").get("passed").asBoolean(), passed.toString());
        assertEquals(100, passed.get("attempt").get("score").asInt());
        JsonNode evidence = agent.get("/api/evidence?person=" + self).expect(200);
        List<JsonNode> fromCourse = evidence.valueStream().filter(e -> e.get("source").asString().equals("COURSE_TEST")
                && e.get("sourceId").asLong() == second).toList();
        assertEquals(6, fromCourse.size(), evidence.toString());
        assertTrue(fromCourse.stream().allMatch(e -> e.get("proficiency").asString().equals("WITH_HELP")
                && e.get("itemCode").asString().startsWith("B/02.4/")
                && e.get("raterName").asString().equals("Оценка контактов и калибровочные сессии")
                && e.get("testScore").asInt() == 100 && e.get("testAttempt").asInt() == 2 && !e.has("note")),
                evidence::toString);
        var pdf = ru.navyk.testsupport.Http.send("GET", portal.uri("/api/training/attempts/" + second
                + "/certificate"), Map.of("Authorization", basic(DemoAccounts.AGENT2)), null);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"));
        assertTrue(certificateText(second, "ru").contains("СЕРТИФИКАТ"));
        String english = certificateText(second, "en-GB,en;q=0.9");
        assertTrue(english.contains("CERTIFICATE") && english.contains("This is to certify that"), english);
        assertEquals("rule.training.alreadyPassed", agent.post("/api/training/courses/contact-evaluation/attempts",
                null).expect(400).get("code").asString());
    }

    /** The certificate's text as a PDF reader extracts it, asked for in {@code language}. */
    private String certificateText(long attempt, String language) {
        try {
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(portal.uri(
                            "/api/training/attempts/" + attempt + "/certificate"))
                    .header("Authorization", basic(DemoAccounts.AGENT2)).header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            PdfReader reader = new PdfReader(pdf.body());
            try {
                return new PdfTextExtractor(reader).getTextFromPage(1);
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewProductRaisesATrainingRequestForThePeopleWhoseProfilesRequireTheItems() {
        JsonNode complaints = supervisor.get("/api/training/courses/complaints").expect(200);
        long item = complaints.get("course").get("items").valueStream()
                .filter(i -> i.get("code").asString().equals("A/04.3/KN02")).findFirst().orElseThrow().get("id")
                .asLong();

        JsonNode request = supervisor.post("/api/training/requests", Map.of("itemIds", List.of(item),
                "reason", "Новый порядок возврата платежей", "source", "NEW_PRODUCT")).expect(201);

        List<String> people = request.get("people").valueStream().map(p -> p.get("fullName").asString()).toList();
        assertTrue(people.contains("Кузнецов Алексей Викторович"), people.toString());
        assertFalse(people.contains("Смирнов Денис Алексеевич"), "only the supervisor's own people are listed");
        assertTrue(request.get("courses").valueStream().anyMatch(c -> c.get("slug").asString().equals("complaints")));
        JsonNode forHr = hr.get("/api/training/requests").expect(200).valueStream()
                .filter(r -> r.get("id").asLong() == request.get("id").asLong()).findFirst().orElseThrow();
        assertTrue(forHr.get("peopleTotal").asInt() > people.size(), "HR sees every operator of the centre");
        assertEquals("api.forbidden", agent.post("/api/training/requests", Map.of("itemIds", List.of(item),
                "reason", "x")).expect(403).get("code").asString());
    }

    @Test
    void aSupervisorAssignsOnlyTheirOwnPeople() {
        long otherTeamAgent = agent.get("/api/me").expect(200).get("personId").asLong();

        supervisor.post("/api/training/assignments", Map.of("courseSlug", "active-listening", "target", "PEOPLE",
                "personIds", List.of(otherTeamAgent), "dueOn", LocalDate.now().plusDays(5).toString())).expect(404);
        JsonNode report = hr.post("/api/training/assignments", Map.of("courseSlug", "active-listening",
                "target", "PEOPLE", "personIds", List.of(otherTeamAgent), "dueOn", LocalDate.now().plusDays(2)
                        .toString())).expect(201);

        assertEquals("ASSIGNED", report.get("rows").get(0).get("status").asString());
        supervisor.get("/api/training/assignments/" + report.get("assignment").get("id").asLong()).expect(404);
        int written = admin.post("/api/training/reminders/run", null).expect(200).get("written").asInt();
        assertTrue(written >= 1, "a «due soon» reminder for the assignment due in two days");
        assertEquals(0, admin.post("/api/training/reminders/run", null).expect(200).get("written").asInt(),
                "a second run writes nothing twice");
        assertTrue(agent.get("/api/training/me").expect(200).get("reminders").valueStream()
                .anyMatch(r -> r.get("kind").asString().equals("DUE_SOON")));
        agent.post("/api/training/reminders/run", null).expect(403);
    }

    @Test
    void seatsFillThenTheWaitingListWhichMovesUpAndAttendanceWritesEvidence() {
        long mentor = Api.basic(portal, DemoAccounts.MENTOR, DemoAccounts.PASSWORD).get("/api/me").expect(200)
                .get("personId").asLong();
        long agentId = agent.get("/api/me").expect(200).get("personId").asLong();
        long traineeId = trainee.get("/api/me").expect(200).get("personId").asLong();
        long item = hr.get("/api/training/courses/complaints").expect(200).get("course").get("items").get(0)
                .get("id").asLong();
        LocalDateTime startsAt = LocalDateTime.now().plusMinutes(30).withNano(0);
        JsonNode event = hr.post("/api/training/events", Api.object("kind", "CLASSROOM", "topic",
                "Разбор сложных звонков", "startsAt", startsAt.toString(),
                "durationMinutes", 60, "place", "Класс 2", "capacity", 1, "proficiencyOnAttendance", "WITH_HELP",
                "trainerId", mentor, "itemIds", List.of(item))).expect(201);
        long id = event.get("event").get("id").asLong();

        assertEquals("REGISTERED", agent.post("/api/training/events/" + id + "/registrations", Map.of()).expect(200)
                .get("status").asString());
        assertEquals("WAITLISTED", trainee.post("/api/training/events/" + id + "/registrations", Map.of())
                .expect(200).get("status").asString());
        agent.delete("/api/training/events/" + id + "/registrations/" + agentId).expect(204);
        JsonNode after = hr.get("/api/training/events/" + id).expect(200);
        assertEquals(traineeId, after.get("participants").get(0).get("personId").asLong(), after.toString());
        assertEquals(0, after.get("waitingList").size());

        agent.post("/api/training/events/" + id + "/attendance", Map.of("version", after.get("version").asLong(),
                "marks", List.of())).expect(404);
        // Attendance is marked on the event's day or later: run after 23:30, the event starts tomorrow.
        admin.put("/api/test/clock", Api.object("today", startsAt.toLocalDate().toString())).expect(200);
        try {
            hr.post("/api/training/events/" + id + "/attendance", Map.of("version", after.get("version").asLong(),
                    "marks", List.of(Map.of("personId", traineeId, "attended", true)))).expect(200);
        } finally {
            admin.delete("/api/test/clock").expect(200);
        }
        JsonNode evidence = trainee.get("/api/evidence?person=" + traineeId).expect(200);
        assertTrue(evidence.valueStream().anyMatch(e -> e.get("source").asString().equals("TRAINING_EVENT")
                && e.get("itemCode").asString().startsWith("A/04.3/")
                && e.get("raterName").asString().equals("Павлова Наталья Андреевна")), evidence.toString());
    }

    private static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + DemoAccounts.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
