package ru.navyk.api.hiring;

import static ru.navyk.testsupport.Api.object;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.infrastructure.demo.DemoCentre;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;

/**
 * Callers and data of the hiring API tests, on the demo centre the test portal always has: HR ({@code demo.hr}), a
 * manager whose scope includes «Группа 2» ({@code demo.head}), one whose scope does not ({@code demo.supervisor}, who
 * leads Группа 1), an agent, and an administrator; each calls with a personal token (one PBKDF2 login each).
 */
final class HiringFixture {

    private static HiringFixture instance;

    final PortalServer portal = PortalServer.get();
    /** Authorization header values by username, for calls that send files rather than JSON. */
    final Map<String, String> authorizations = new java.util.HashMap<>();
    final Api hr = token(DemoAccounts.HR);
    final Api head = token(DemoAccounts.HEAD);
    final Api supervisor = token(DemoAccounts.SUPERVISOR);
    final Api agent = token(DemoAccounts.AGENT);
    final Api admin = Api.basic(portal, "admin", PortalServer.ADMIN_PASSWORD);
    final long group2 = teamId(DemoCentre.GROUP_2);
    final long operatorProfile = hr.get("/api/job-profiles?q=operator").expect(200).valueStream()
            .filter(p -> p.get("code").asString().equals("operator")).findFirst().orElseThrow().get("id").asLong();

    static synchronized HiringFixture get() {
        if (instance == null) {
            instance = new HiringFixture();
        }
        return instance;
    }

    private Api token(String username) {
        String token = Api.basic(portal, username, DemoAccounts.PASSWORD)
                .post("/api/me/tokens", object("name", "hiring-it")).expect(201).get("token").asString();
        authorizations.put(username, "Bearer " + token);
        return Api.bearer(portal, token);
    }

    private long teamId(String name) {
        return hr.get("/api/teams?max=500").expect(200).get("items").valueStream()
                .filter(t -> t.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    /** A new open vacancy for the operator profile in Группа 2. */
    JsonNode openVacancy(int openings) {
        return hr.post("/api/vacancies", object("profileId", operatorProfile, "teamId", group2, "openings", openings,
                "note", "IT")).expect(201);
    }

    /** A new candidate of the vacancy, with consent given today and 12 months of call-centre work. */
    JsonNode candidate(long vacancyId, String lastName) {
        return hr.post("/api/candidates", candidateBody(vacancyId, lastName, true)).expect(201);
    }

    Map<String, Object> candidateBody(long vacancyId, String lastName, boolean consent) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return object("vacancyId", vacancyId, "lastName", lastName, "firstName", "Ирина", "middleName", "Олеговна",
                "email", "cand." + suffix + "@example.ru", "phone", "+7 900 123-45-67",
                "education", "SECONDARY_VOCATIONAL", "source", "JOB_SITE", "consentGiven", consent,
                "consentDate", consent ? LocalDate.now().toString() : null,
                "experiences", List.of(object("role", "Оператор call-центра", "employer", "ООО «Связь»", "months", 12,
                        "customerContact", true)));
    }

    /** The first {@code count} required items of the vacancy's profile version, rated {@code points} each. */
    List<Map<String, Object>> ratings(JsonNode vacancy, int count, int... points) {
        JsonNode version = hr.get("/api/job-profiles/versions/" + vacancy.get("profileVersionId").asLong())
                .expect(200);
        List<Map<String, Object>> ratings = new ArrayList<>();
        String[] steps = {"NOT_SHOWN", "WITH_HELP", "INDEPENDENT", "TEACHES_OTHERS"};
        for (int i = 0; i < count; i++) {
            ratings.add(object("itemId", version.get("requirements").get(i).get("itemId").asLong(),
                    "proficiency", steps[points[i % points.length]], "note", null));
        }
        return ratings;
    }

    JsonNode rate(long candidateId, long version, List<Map<String, Object>> ratings) {
        return hr.post("/api/candidates/" + candidateId + "/ratings", object("version", version, "kind", "INTERVIEW",
                "heldOn", LocalDate.now().toString(), "notes", "Собеседование", "ratings", ratings)).expect(201);
    }

    JsonNode move(long candidateId, long version, String stage) {
        return hr.post("/api/candidates/" + candidateId + "/transitions", object("version", version, "stage", stage))
                .expect(200);
    }

    /** The demo's open vacancy in Группа 2 (opened three weeks ago; tests open theirs today). */
    JsonNode demoVacancy() {
        return hr.get("/api/vacancies?status=OPEN&max=500").expect(200).get("items").valueStream()
                .filter(v -> v.get("teamName").asString().equals(DemoCentre.GROUP_2)
                        && LocalDate.parse(v.get("openedOn").asString()).isBefore(LocalDate.now()))
                .findFirst().orElseThrow();
    }
}
