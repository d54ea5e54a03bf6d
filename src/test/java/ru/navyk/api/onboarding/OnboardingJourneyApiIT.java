package ru.navyk.api.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;

/**
 * The "done when", through the REST API with a moved clock: a newly hired agent gets an adaptation plan and a
 * mentor; the mentor logs five sessions over simulated weeks; the supervisor gets the reminder, signs the final
 * assessment and passes the trainee at level 3; the mentor's effectiveness report shows this trainee's outcome. On
 * the way, nobody reaches the trainee's records who should not.
 */
class OnboardingJourneyApiIT {

    private static final String GROUP_1 = "Группа 1 — входящая линия";
    private static final String OPERATOR = "Оператор колл-центра";

    private static PortalServer portal;
    private static Api admin;
    private static Api hr;
    private static Api supervisor;

    @BeforeAll
    static void startPortal() {
        portal = PortalServer.get();
        admin = Api.basic(portal, "admin", PortalServer.ADMIN_PASSWORD);
        hr = Api.basic(portal, DemoAccounts.HR, DemoAccounts.PASSWORD);
        supervisor = Api.basic(portal, DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
    }

    @AfterEach
    void backToTheRealTime() {
        admin.delete("/api/test/clock").expect(200);
    }

    @Test
    void aNewHireIsMentoredRemindedAssessedAndCountsForTheMentor() throws InterruptedException {
        LocalDate start = today();
        Hire trainee = hire("Новиков", OPERATOR, start, "AGENT");
        Hire mentor = hire("Наставникова", "Старший оператор", start.minusYears(3), "MENTOR", "AGENT");

        JsonNode started = hr.post("/api/onboarding/start", object("personId", trainee.id(), "startDate",
                start.toString(), "mentorId", mentor.id())).expect(201);
        long probationId = started.get("probationId").asLong();
        long mentorshipId = started.get("mentorshipId").asLong();

        JsonNode plan = trainee.api().get("/api/onboarding/plans?person=" + trainee.id()).expect(200);
        assertEquals(11, plan.get("steps").size(), "the operator's template");
        assertEquals(start.toString(), plan.get("steps").get(0).get("dueOn").asString());
        JsonNode probation = supervisor.get("/api/probation?person=" + trainee.id()).expect(200);
        LocalDate plannedEnd = LocalDate.parse(probation.get("plannedEnd").asString());
        assertEquals(start.plusMonths(3), plannedEnd, "three months by default");
        assertTrue(probation.get("canDecide").asBoolean());

        // Five sessions, a week apart, each rating more items higher.
        List<String> items = List.of("A/01.3/LA01", "A/01.3/SK07", "A/01.3/KN04", "A/01.3/LA02", "A/01.3/SK04");
        List<Integer> metAfter = new ArrayList<>();
        for (int week = 0; week < 5; week++) {
            LocalDate day = start.plusDays(3 + 7L * week);
            moveTo(day);
            Map<String, Object> ratings = new LinkedHashMap<>();
            for (int i = 0; i <= week; i++) {
                ratings.put(items.get(i), i < week ? 2 : 1);
            }
            JsonNode entry = mentor.api().post("/api/mentoring/log", object("traineeId", trainee.id(), "heldOn",
                    day.toString(), "durationMinutes", 45, "ratings", ratings, "comment", "Неделя " + (week + 1)))
                    .expect(201);
            assertEquals(ratings.size(), entry.get("ratings").size());
            metAfter.add(trainee.api().get("/api/mentoring/progress?person=" + trainee.id()).expect(200)
                    .get("now").get("functions").get(0).get("items").valueStream()
                    .mapToInt(i -> List.of("INDEPENDENT", "TEACHES_OTHERS").contains(text(i, "current")) ? 1 : 0)
                    .sum());
        }
        assertEquals(List.of(0, 1, 2, 3, 4), metAfter, "each week one more item reaches the required level");
        JsonNode progress = supervisor.get("/api/mentoring/progress?person=" + trainee.id()).expect(200);
        assertTrue(progress.get("weekly").size() >= 5, "a point a week for the chart");
        assertEquals(5, mentor.api().get("/api/mentoring/log?trainee=" + trainee.id()).expect(200).size());

        // Others' mentors and agents reach nothing of the trainee.
        Api otherMentor = Api.basic(portal, DemoAccounts.MENTOR, DemoAccounts.PASSWORD);
        otherMentor.get("/api/mentoring/log?trainee=" + trainee.id()).expect(404);
        otherMentor.post("/api/mentoring/log", object("traineeId", trainee.id(), "heldOn",
                today().toString(), "durationMinutes", 10, "comment", "чужой стажёр")).expect(404);
        Api.basic(portal, DemoAccounts.AGENT, DemoAccounts.PASSWORD)
                .get("/api/mentoring/progress?person=" + trainee.id()).expect(404);
        Api.basic(portal, DemoAccounts.AGENT, DemoAccounts.PASSWORD)
                .get("/api/onboarding/plans?person=" + trainee.id()).expect(404);

        // Fourteen days before the end, the supervisor and the mentor are reminded, once.
        moveTo(plannedEnd.minusDays(14));
        admin.post("/api/probation/reminders", null).expect(200);
        JsonNode again = admin.post("/api/probation/reminders", null).expect(200);
        assertFalse(again.valueStream().anyMatch(r -> r.get("probationId").asLong() == probationId),
                "a second run sends nothing twice");
        assertEquals(1, remindersAbout(supervisor, trainee), "the supervisor's inbox");
        assertEquals(1, remindersAbout(mentor.api(), trainee), "the mentor's inbox");

        // Three days before: the second reminder.
        moveTo(plannedEnd.minusDays(3));
        admin.post("/api/probation/reminders", null).expect(200);
        assertEquals(2, remindersAbout(supervisor, trainee));

        // The same reminders went out by e-mail, through the SMTP server the portal is configured with.
        supervisor.post("/api/mail/outbox/send", null).expect(403);
        // Sent now, or (when the minute job held the outbox at that moment) by the job a little later.
        admin.post("/api/mail/outbox/send", null).expect(200);
        String supervisorEmail = emailOf(supervisor);
        String mentorEmail = emailOf(mentor.api());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while ((mailAbout(supervisorEmail, trainee) < 2 || mailAbout(mentorEmail, trainee) < 2)
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(2, mailAbout(supervisorEmail, trainee), "both reminders by e-mail, each once");
        assertEquals(2, mailAbout(mentorEmail, trainee), "the mentor's too");

        // The mentor may see the trainee, but decides nothing; the supervisor signs and passes at level 3.
        Map<String, Object> ratings = new LinkedHashMap<>();
        progress.get("now").get("functions").valueStream()
                .forEach(fn -> ratings.put(fn.get("laborFunctionCode").asString(), 2));
        Map<String, Object> assessment = object("ratings", ratings, "decision", "PASSED", "reason",
                "Работает самостоятельно по всем трудовым функциям");
        mentor.api().post("/api/probation/" + probationId + "/assessment", assessment).expect(403);
        JsonNode decided = supervisor.post("/api/probation/" + probationId + "/assessment", assessment).expect(201);
        assertEquals("PASSED", decided.get("status").asString());
        JsonNode signed = decided.get("assessments").get(0);
        assertEquals(3, signed.get("qualificationLevel").asInt());
        assertEquals("A", signed.get("functionCode").asString());
        assertEquals("Морозов Игорь Сергеевич", signed.get("signedByName").asString());
        assertNotNull(signed.get("signedAt").asString());
        JsonNode twice = supervisor.post("/api/probation/" + probationId + "/assessment", assessment).expect(400);
        assertEquals("rule.probation.decided", twice.get("code").asString());
        long fromAssessment = supervisor.get("/api/evidence?person=" + trainee.id()).expect(200).valueStream()
                .filter(e -> e.get("source").asString().equals("PROBATION_ASSESSMENT")).count();
        assertEquals(progress.get("now").get("functions").valueStream().mapToInt(fn -> fn.get("items").size()).sum(),
                fromAssessment, "each function's rating is evidence on each of its items");

        // The trainee rates the mentor; the mentor's report shows the outcome but not the single answer.
        trainee.api().post("/api/mentoring/feedback/" + mentorshipId, object("rating", 5, "comment", "Спасибо"))
                .expect(204);
        trainee.api().post("/api/mentoring/feedback/" + mentorshipId, object("rating", 4)).expect(400);
        JsonNode own = mentor.api().get("/api/mentoring/effectiveness/" + mentor.id()).expect(200);
        JsonNode outcome = outcomeOf(own, trainee);
        assertEquals("PASSED", outcome.get("probation").asString());
        assertEquals(outcome.get("itemsRequired").asInt(), outcome.get("itemsMet").asInt());
        assertEquals(plannedEnd.minusDays(3).toEpochDay() - start.toEpochDay(),
                outcome.get("daysToProficiency").asLong(), "reached on the day of the assessment");
        assertEquals("", text(outcome, "feedbackRating"), "the mentor never sees a single answer");
        assertTrue(own.get("summary").get("feedbackHidden").asBoolean());
        assertEquals(100.0, own.get("summary").get("passRate").asDouble());
        JsonNode overseen = supervisor.get("/api/mentoring/effectiveness/" + mentor.id()).expect(200);
        assertEquals(5, outcomeOf(overseen, trainee).get("feedbackRating").asInt());
    }

    @Test
    void theProbationLengthIsSetPerPersonWithinTheLabourCode() {
        Hire manager = hire("Срокова", "Руководитель группы", today(), "AGENT");
        JsonNode tooLong = hr.post("/api/onboarding/start", object("personId", manager.id(), "probationMonths", 7))
                .expect(400);
        assertEquals("probationMonths", tooLong.get("field").asString());
        hr.post("/api/onboarding/start", object("personId", manager.id(), "probationMonths", 6)).expect(201);
        assertEquals(today().plusMonths(6).toString(), hr.get("/api/probation?person=" + manager.id()).expect(200)
                .get("plannedEnd").asString());
    }

    @Test
    void mentorsAreAssignedWithinTheRules() {
        Hire trainee = hire("Правилов", OPERATOR, today(), "AGENT");
        Hire notMentor = hire("Безролев", OPERATOR, today().minusYears(2), "AGENT");
        Hire mentor = hire("Наставников", "Старший оператор", today().minusYears(2), "MENTOR");

        JsonNode noRole = hr.post("/api/mentorships", object("mentorId", notMentor.id(), "traineeId", trainee.id(),
                "from", today().toString())).expect(400);
        hr.post("/api/mentorships", object("mentorId", mentor.id(), "traineeId", trainee.id(), "from",
                today().toString())).expect(201);
        JsonNode overlap = supervisor.post("/api/mentorships", object("mentorId", mentor.id(), "traineeId",
                trainee.id(), "from", today().plusDays(10).toString())).expect(400);
        JsonNode self = hr.post("/api/mentorships", object("mentorId", mentor.id(), "traineeId", mentor.id(),
                "from", today().toString())).expect(400);

        assertEquals("rule.mentorship.notMentor", noRole.get("code").asString());
        assertEquals("rule.mentorship.overlap", overlap.get("code").asString());
        assertEquals("rule.mentorship.self", self.get("code").asString());
        JsonNode current = supervisor.get("/api/mentorships").expect(200);
        assertTrue(current.valueStream().anyMatch(m -> m.get("traineeId").asLong() == trainee.id()),
                "the supervisor lists the mentorships of their teams");
    }

    /** A field's text; "" when it is null or left out (JSON-B leaves nulls out). */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static JsonNode outcomeOf(JsonNode report, Hire trainee) {
        return report.get("trainees").valueStream().filter(t -> t.get("traineeId").asLong() == trainee.id())
                .findFirst().orElseThrow(() -> new AssertionError("no outcome for the trainee: " + report));
    }

    private static long remindersAbout(Api recipient, Hire trainee) {
        return recipient.get("/api/notifications").expect(200).valueStream()
                .filter(n -> n.get("subject").asString().contains(trainee.lastName())).count();
    }

    private static long mailAbout(String address, Hire trainee) {
        return portal.mailTo(address).stream().map(OnboardingJourneyApiIT::subjectOf)
                .filter(subject -> subject.contains(trainee.lastName())).count();
    }

    private static String emailOf(Api person) {
        long personId = person.get("/api/me").expect(200).get("personId").asLong();
        return person.get("/api/people/" + personId).expect(200).get("email").asString();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate today() {
        return LocalDate.parse(admin.get("/api/test/clock").expect(200).get("today").asString());
    }

    private static void moveTo(LocalDate day) {
        admin.put("/api/test/clock", object("today", day.toString())).expect(200);
    }

    /** A new employee of Группа 1 with an account of the given roles. */
    private static Hire hire(String lastName, String position, LocalDate hired, String... roles) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long teamId = admin.get("/api/teams?q=" + java.net.URLEncoder.encode("Группа 1 —",
                        java.nio.charset.StandardCharsets.UTF_8)).expect(200).get("items").valueStream()
                .filter(t -> t.get("name").asString().equals(GROUP_1)).findFirst().orElseThrow().get("id").asLong();
        long id = hr.post("/api/people", object("lastName", lastName, "firstName", "Тест", "email",
                lastName.toLowerCase().hashCode() + "-" + suffix + "@it.navyk.ru", "hireDate", hired.toString(),
                "positionTitle", position, "qualificationLevel", 3, "teamId", teamId)).expect(201).get("id").asLong();
        String username = "it-" + suffix;
        String password = "It-pass-" + suffix;
        admin.post("/api/people/" + id + "/account", object("username", username, "roles", List.of(roles),
                "password", password)).expect(201);
        return new Hire(id, lastName, Api.basic(portal, username, password));
    }

    private record Hire(long id, String lastName, Api api) {
    }
}
