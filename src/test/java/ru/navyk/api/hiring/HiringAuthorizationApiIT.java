package ru.navyk.api.hiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.navyk.testsupport.Api;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix of hiring on the demo vacancy in «Группа 2»: HR reads and changes; a manager whose teams
 * include Группа 2 reads only (403 for changes); a manager of another team and an agent get 404 for everything, as
 * for ids that do not exist.
 */
class HiringAuthorizationApiIT {

    private final HiringFixture f = HiringFixture.get();

    @Test
    void hrReadsAndChangesEverything() {
        JsonNode vacancy = f.demoVacancy();
        long id = vacancy.get("id").asLong();

        JsonNode candidates = f.hr.get("/api/vacancies/" + id + "/candidates").expect(200);
        assertEquals(3, candidates.size());
        long candidate = candidates.get(0).get("id").asLong();
        f.hr.get("/api/candidates/" + candidate).expect(200);
        f.hr.get("/api/vacancies/" + id + "/comparison").expect(200);
        f.hr.put("/api/vacancies/" + id, object("version", vacancy.get("version").asLong(), "teamId", f.group2,
                "openings", 2, "hiringManagerId", vacancy.get("hiringManagerId").asLong())).expect(200);
    }

    @Test
    void aManagerInScopeReadsButChangesNothing() {
        JsonNode vacancy = f.demoVacancy();
        long id = vacancy.get("id").asLong();

        assertTrue(ids(f.head.get("/api/vacancies?max=500").expect(200).get("items")).contains(id));
        f.head.get("/api/vacancies/" + id).expect(200);
        JsonNode candidates = f.head.get("/api/candidates?vacancy=" + id).expect(200);
        JsonNode candidate = f.head.get("/api/candidates/" + candidates.get(0).get("id").asLong()).expect(200);
        f.head.get("/api/vacancies/" + id + "/comparison").expect(200);

        long cid = candidate.get("id").asLong();
        long version = candidate.get("version").asLong();
        assertEquals("api.forbidden", f.head.post("/api/candidates/" + cid + "/transitions",
                object("version", version, "stage", "REJECTED")).expect(403).get("code").asString());
        f.head.post("/api/candidates/" + cid + "/ratings", object("version", version, "kind", "INTERVIEW",
                "heldOn", "2026-01-01", "ratings", List.of())).expect(403);
        f.head.post("/api/candidates", f.candidateBody(id, "Менеджерова", true)).expect(403);
        f.head.post("/api/vacancies", object("profileId", f.operatorProfile, "teamId", f.group2, "openings", 1))
                .expect(403);
    }

    @Test
    void aManagerOutOfScopeAndAnAgentSeeNothing() {
        JsonNode vacancy = f.demoVacancy();
        long id = vacancy.get("id").asLong();
        long candidate = f.hr.get("/api/vacancies/" + id + "/candidates").expect(200).get(0).get("id").asLong();

        assertFalse(ids(f.supervisor.get("/api/vacancies?max=500").expect(200).get("items")).contains(id));
        for (Api outsider : List.of(f.supervisor, f.agent)) {
            for (String path : List.of("/api/vacancies/" + id, "/api/vacancies/" + id + "/candidates",
                    "/api/vacancies/" + id + "/comparison", "/api/candidates?vacancy=" + id,
                    "/api/candidates/" + candidate)) {
                assertEquals("api.notFound", outsider.get(path).expect(404).get("code").asString(), path);
            }
            outsider.post("/api/candidates/" + candidate + "/transitions", object("version", 0, "stage", "REJECTED"))
                    .expect(404);
            outsider.post("/api/candidates/" + candidate + "/hire", object("version", 0)).expect(404);
            outsider.post("/api/candidates", f.candidateBody(id, "Посторонний", true)).expect(404);
        }
        f.agent.get("/api/vacancies").expect(404);
    }

    @Test
    void guessedIdsAnswerLikeMissingOnes() {
        assertEquals("api.notFound", f.hr.get("/api/candidates/987654321").expect(404).get("code").asString());
        f.hr.get("/api/vacancies/987654321").expect(404);
        f.head.get("/api/candidates/987654321").expect(404);
    }

    @Test
    void anonymousCallersMustAuthenticate() {
        assertEquals(401, Api.anonymous(f.portal).get("/api/vacancies").status());
        assertEquals(401, Api.anonymous(f.portal).get("/api/candidates/1").status());
    }

    private static List<Long> ids(JsonNode items) {
        return items.valueStream().map(v -> v.get("id").asLong()).toList();
    }
}
