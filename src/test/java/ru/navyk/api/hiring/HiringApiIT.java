package ru.navyk.api.hiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.infrastructure.demo.DemoCentre;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.Http;
import tools.jackson.databind.JsonNode;

/**
 * Hiring end to end through the API: consent, ratings, the fit and ranking, the pipeline rules, the hire that makes an
 * employee whose competency history starts with the interview ratings, attachments, and anonymisation on request and
 * by retention.
 */
class HiringApiIT {

    private final HiringFixture f = HiringFixture.get();

    @Test
    void personalDataIsRefusedWithoutConsent() {
        long vacancy = f.openVacancy(1).get("id").asLong();

        JsonNode refused = f.hr.post("/api/candidates", f.candidateBody(vacancy, "Безсогласия", false)).expect(400);

        assertEquals("consentGiven", refused.get("field").asString());
        assertEquals("rule.candidate.consent", refused.get("code").asString());
    }

    @Test
    void candidatesAreRankedByTheDocumentedFitRule() {
        JsonNode vacancy = f.openVacancy(1);
        long id = vacancy.get("id").asLong();
        JsonNode weak = f.candidate(id, "Слабова");
        JsonNode strong = f.candidate(id, "Сильнова");
        JsonNode unchecked = f.candidate(id, "Непроверенная");
        f.rate(weak.get("id").asLong(), weak.get("version").asLong(), f.ratings(vacancy, 4, 1, 0));
        JsonNode rated = f.rate(strong.get("id").asLong(), strong.get("version").asLong(),
                f.ratings(vacancy, 4, 3, 2));

        JsonNode fit = rated.get("fit").get("summary");
        int asked = fit.get("pointsAsked").asInt();
        assertEquals(8, fit.get("pointsEarned").asInt(), "min(3,2) + min(2,2) + min(3,2) + min(2,2)");
        assertEquals(800 / asked, fit.get("score").asInt());
        assertTrue(fit.get("educationMet").asBoolean());
        assertTrue(fit.get("experienceMet").asBoolean());

        JsonNode ranked = f.hr.get("/api/vacancies/" + id + "/candidates").expect(200);
        assertEquals(List.of(strong.get("id").asLong(), weak.get("id").asLong(), unchecked.get("id").asLong()),
                ranked.valueStream().map(c -> c.get("id").asLong()).toList());
        assertEquals(1, ranked.get(0).get("rank").asInt());
        JsonNode comparison = f.hr.get("/api/vacancies/" + id + "/comparison").expect(200);
        JsonNode firstRow = comparison.get("functions").get(0).get("rows").get(0);
        assertEquals("TEACHES_OTHERS", firstRow.get("cells").get(0).get("rating").asString());
        assertNull(firstRow.get("cells").get(2).get("rating"), "an unchecked item has no rating");
    }

    @Test
    void hiringMakesAnEmployeeWhoseHistoryStartsWithTheInterview() {
        JsonNode vacancy = f.openVacancy(1);
        long vacancyId = vacancy.get("id").asLong();
        JsonNode candidate = f.candidate(vacancyId, "Принятова");
        long id = candidate.get("id").asLong();
        JsonNode rated = f.rate(id, candidate.get("version").asLong(), f.ratings(vacancy, 3, 2, 1, 3));
        long assessment = rated.get("assessments").get(0).get("id").asLong();

        JsonNode early = f.hr.post("/api/candidates/" + id + "/hire", object("version", rated.get("version").asLong()))
                .expect(400);
        assertEquals("rule.candidate.hireWithoutOffer", early.get("code").asString());
        JsonNode interview = f.move(id, rated.get("version").asLong(), "INTERVIEW");
        JsonNode offer = f.move(id, interview.get("version").asLong(), "OFFER");
        String username = "hired." + UUID.randomUUID().toString().substring(0, 8);

        JsonNode hired = f.hr.post("/api/candidates/" + id + "/hire", object("version", offer.get("version").asLong(),
                "username", username)).expect(200);

        long personId = hired.get("personId").asLong();
        JsonNode person = f.hr.get("/api/people/" + personId).expect(200);
        assertEquals(DemoCentre.GROUP_2, person.get("teamName").asString());
        assertEquals("Оператор колл-центра", person.get("position").asString());
        assertEquals(3, person.get("qualificationLevel").asInt());
        assertEquals(LocalDate.now().toString(), person.get("hireDate").asString());
        JsonNode history = f.hr.get("/api/evidence?person=" + personId).expect(200);
        assertEquals(3, history.size());
        for (JsonNode rating : history) {
            assertEquals("INTERVIEW", rating.get("source").asString());
            assertEquals(assessment, rating.get("sourceId").asLong());
            assertEquals("Новикова Ольга Дмитриевна", rating.get("raterName").asString());
        }
        f.hr.get("/api/evidence/progress?person=" + personId).expect(200);
        JsonNode after = f.hr.get("/api/candidates/" + id).expect(200);
        assertEquals("HIRED", after.get("stage").asString());
        assertEquals(personId, after.get("hiredPersonId").asLong());
        assertEquals("CLOSED", f.hr.get("/api/vacancies/" + vacancyId).expect(200).get("status").asString(),
                "its only opening is filled");
        assertEquals("rule.candidate.final", f.hr.post("/api/candidates/" + id + "/transitions",
                object("version", after.get("version").asLong(), "stage", "REJECTED")).expect(400).get("code")
                .asString());

        Api newcomer = Api.basic(f.portal, username, hired.get("password").asString());
        assertEquals(personId, newcomer.get("/api/me").expect(200).get("personId").asLong());
        assertEquals(3, newcomer.get("/api/evidence?person=" + personId).expect(200).size());
        newcomer.get("/api/candidates/" + id).expect(404);
    }

    @Test
    void aHireIsRefusedWholeWhenTheEmailBelongsToAnEmployee() {
        JsonNode vacancy = f.openVacancy(1);
        Map<String, Object> body = f.candidateBody(vacancy.get("id").asLong(), "Дубликатова", true);
        String employeeEmail = f.hr.get("/api/people?max=1").expect(200).get("items").get(0).get("email").asString();
        body.put("email", employeeEmail);
        JsonNode candidate = f.hr.post("/api/candidates", body).expect(201);
        long id = candidate.get("id").asLong();
        JsonNode offer = f.move(id, candidate.get("version").asLong(), "OFFER");

        JsonNode refused = f.hr.post("/api/candidates/" + id + "/hire", object("version", offer.get("version")
                .asLong())).expect(400);

        assertEquals("rule.email.taken", refused.get("code").asString());
        assertEquals("OFFER", f.hr.get("/api/candidates/" + id).expect(200).get("stage").asString());
    }

    @Test
    void attachmentsAreCheckedAndServedAsFilesToThoseWhoMayReadThem() {
        JsonNode vacancy = f.openVacancy(1);
        JsonNode candidate = f.candidate(vacancy.get("id").asLong(), "Резюмова");
        long id = candidate.get("id").asLong();

        assertEquals(400, upload(DemoAccounts.HR, id, "virus.exe", "MZ"));
        assertEquals(201, upload(DemoAccounts.HR, id, "Резюме Резюмовой.pdf", "%PDF-1.4 test"));
        long attachment = f.hr.get("/api/candidates/" + id).expect(200).get("attachments").get(0).get("id").asLong();

        HttpResponse<String> file = download(DemoAccounts.HR, id, attachment);
        assertEquals(200, file.statusCode());
        // The container adds the portal-wide response charset; the type is what the file's extension says.
        assertTrue(file.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5"));
        assertEquals("%PDF-1.4 test", file.body());
        assertEquals(200, download(DemoAccounts.HEAD, id, attachment).statusCode());
        assertEquals(404, download(DemoAccounts.AGENT, id, attachment).statusCode());
        assertEquals(404, download(DemoAccounts.SUPERVISOR, id, attachment).statusCode());
    }

    @Test
    void aRejectedCandidateIsAnonymisedOnRequestAndTheStatisticsStay() {
        JsonNode vacancy = f.openVacancy(1);
        JsonNode candidate = f.candidate(vacancy.get("id").asLong(), "Забытова");
        long id = candidate.get("id").asLong();
        JsonNode rated = f.rate(id, candidate.get("version").asLong(), f.ratings(vacancy, 2, 2));
        assertEquals(201, upload(DemoAccounts.HR, id, "cv.txt", "Забытова, телефон +7 900 123-45-67"));

        JsonNode running = f.hr.post("/api/candidates/" + id + "/anonymise", object("version",
                f.hr.get("/api/candidates/" + id).expect(200).get("version").asLong())).expect(400);
        assertEquals("rule.candidate.anonymiseStage", running.get("code").asString());
        JsonNode rejected = f.move(id, rated.get("version").asLong(), "REJECTED");
        JsonNode anonymised = f.hr.post("/api/candidates/" + id + "/anonymise",
                object("version", rejected.get("version").asLong())).expect(200);

        assertTrue(anonymised.get("anonymised").asBoolean());
        assertEquals("—", anonymised.get("lastName").asString());
        assertNull(anonymised.get("email"));
        assertNull(anonymised.get("phone"));
        assertEquals(0, anonymised.get("attachments").size());
        assertEquals("REJECTED", anonymised.get("stage").asString());
        assertEquals("JOB_SITE", anonymised.get("source").asString());
        assertEquals(12, anonymised.get("experiences").get(0).get("months").asInt());
        assertEquals(2, anonymised.get("assessments").get(0).get("ratings").size(), "ratings stay for statistics");
        assertFalse(f.hr.get("/api/candidates/" + id).expect(200).toString().contains("Забытова"));
        Map<String, Object> comeback = f.candidateBody(vacancy.get("id").asLong(), "Вернулась", true);
        comeback.put("version", anonymised.get("version").asLong());
        assertEquals("rule.candidate.anonymised", f.hr.put("/api/candidates/" + id, comeback).expect(400).get("code")
                .asString());
    }

    @Test
    void theRetentionAnonymisesOnlyCandidatesWhoseEndIsOlderThanThePeriodAndOnlyOnce() {
        f.agent.post("/api/candidates/anonymise-expired", null).expect(403);
        JsonNode old = f.hr.get("/api/vacancies?status=CLOSED&max=500").expect(200).get("items").valueStream()
                .filter(v -> LocalDate.parse(v.get("openedOn").asString()).isBefore(LocalDate.now().minusDays(200)))
                .findFirst().orElseThrow();
        long oldCandidate = f.hr.get("/api/vacancies/" + old.get("id").asLong() + "/candidates").expect(200).get(0)
                .get("id").asLong();
        JsonNode recent = f.candidate(f.openVacancy(1).get("id").asLong(), "Недавняя");
        f.move(recent.get("id").asLong(), recent.get("version").asLong(), "WITHDRAWN");

        f.admin.post("/api/candidates/anonymise-expired", null).expect(200);
        JsonNode again = f.admin.post("/api/candidates/anonymise-expired", null).expect(200);

        assertEquals(0, again.get("anonymised").asInt(), "nothing is anonymised twice");
        assertTrue(f.hr.get("/api/candidates/" + oldCandidate).expect(200).get("anonymised").asBoolean());
        JsonNode kept = f.hr.get("/api/candidates/" + recent.get("id").asLong()).expect(200);
        assertFalse(kept.get("anonymised").asBoolean());
        assertEquals("Недавняя", kept.get("lastName").asString());
    }

    /** Sends a file as the body, the way a script would; answers the HTTP status. */
    private int upload(String username, long candidateId, String name, String content) {
        return Http.send("POST", f.portal.uri("/api/candidates/" + candidateId + "/attachments?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)),
                Map.of("Authorization", f.authorizations.get(username), "Content-Type", "application/octet-stream",
                        "Accept", "application/json"), content).statusCode();
    }

    private HttpResponse<String> download(String username, long candidateId, long attachmentId) {
        return Http.send("GET", f.portal.uri("/api/candidates/" + candidateId + "/attachments/" + attachmentId),
                Map.of("Authorization", f.authorizations.get(username)), null);
    }
}
