package ru.navyk.api.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.navyk.api.people.Organisation.Member;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.Api.Reply;
import tools.jackson.databind.JsonNode;

/**
 * The people API against the running portal: who sees whom (the authorization matrix, including guessed ids), what
 * each role may change, and how refused input, stale versions and unreadable bodies answer.
 */
class PeopleApiIT {

    /** An id no person has. */
    private static final long GHOST = 999_999_999L;

    private static Organisation org;

    @BeforeAll
    static void seed() {
        org = Organisation.get();
    }

    @ParameterizedTest(name = "{0} reads {1}: {2}")
    @CsvSource(textBlock = """
            admin,   manager, 200
            admin,   agent1,  200
            admin,   sub,     200
            admin,   trainee, 200
            admin,   other,   200
            hr,      hr,      200
            hr,      agent2,  200
            hr,      former,  200
            hr,      mentor,  200
            manager, manager, 200
            manager, agent1,  200
            manager, agent2,  200
            manager, sub,     200
            manager, mentor,  404
            manager, trainee, 404
            manager, other,   404
            manager, hr,      404
            mentor,  mentor,  200
            mentor,  trainee, 200
            mentor,  former,  404
            mentor,  other,   404
            mentor,  agent1,  404
            mentor,  manager, 404
            agent1,  agent1,  200
            agent1,  agent2,  404
            agent1,  sub,     404
            agent1,  manager, 404
            agent1,  trainee, 404
            agent1,  other,   404
            agent1,  hr,      404
            agent2,  agent1,  404
            """)
    void eachRoleReadsExactlyThePeopleItMaySee(String viewer, String target, int status) {
        Member person = org.member(target);

        Reply reply = org.caller(viewer).get("/api/people/" + person.id());

        JsonNode body = reply.expect(status);
        if (status == 200) {
            assertEquals(person.id(), body.get("id").asLong());
            assertEquals(person.email(), body.get("email").asString());
            assertEquals(person.lastName(), body.get("lastName").asString());
        } else {
            assertEquals("api.notFound", body.get("code").asString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agent1", "agent2", "mentor", "manager"})
    void anotherPersonsIdAnswersExactlyLikeAnIdThatDoesNotExist(String viewer) {
        Api caller = org.caller(viewer);
        Reply missing = caller.get("/api/people/" + GHOST);

        for (String target : List.of("other", "hr", "former")) {
            Reply hidden = caller.get("/api/people/" + org.member(target).id());
            assertEquals(404, hidden.status(), hidden.toString());
            assertEquals(missing.status(), hidden.status());
            assertEquals(missing.body(), hidden.body());
            assertEquals(missing.header("Content-Type"), hidden.header("Content-Type"));
        }
        Reply notANumber = caller.get("/api/people/not-a-number");
        assertEquals(404, notANumber.status());
        assertEquals(missing.body(), notANumber.body());
        JsonNode body = missing.expect(404);
        assertEquals("api.notFound", body.get("code").asString());
        assertEquals("Запись не найдена.", body.get("message").asString());
        assertTrue(body.get("field").isNull());
    }

    @Test
    void aMethodTheApiDoesNotOfferAnswersInJson() {
        Reply reply = org.admin.delete("/api/people/" + org.member("agent1").id());

        JsonNode body = reply.expect(405);
        assertEquals("api.refused", body.get("code").asString());
        assertEquals("Запрос отклонен (HTTP 405).", body.get("message").asString());
        assertTrue(reply.header("Allow").orElse("").contains("PUT"), reply.header("Allow").toString());
    }

    @Test
    void onlyAdministratorsSeeAPersonsAccount() {
        Member agent = org.member("agent1");

        JsonNode byAdmin = org.admin.get("/api/people/" + agent.id()).expect(200);
        JsonNode byHr = org.caller("hr").get("/api/people/" + agent.id()).expect(200);
        JsonNode bySelf = agent.api().get("/api/people/" + agent.id()).expect(200);

        assertEquals(agent.username(), byAdmin.get("account").get("username").asString());
        assertEquals(List.of("AGENT"), strings(byAdmin.get("account").get("roles")));
        assertFalse(byAdmin.get("account").has("passwordHash"));
        assertFalse(byHr.has("account"));
        assertFalse(bySelf.has("account"));
    }

    @ParameterizedTest(name = "{0} lists team \"{1}\": {2}")
    @CsvSource(textBlock = """
            manager, '',      manager agent1 agent2 sub
            mentor,  '',      mentor trainee
            agent1,  '',      agent1
            agent2,  '',      agent2
            agent1,  team1,   agent1
            mentor,  team1,   ''
            manager, team2,   ''
            manager, subTeam, sub
            hr,      team1,   agent1 agent2
            admin,   team2,   mentor trainee former other
            admin,   subTeam, sub
            """)
    void listsHoldExactlyThePeopleTheCallerMaySee(String viewer, String team, String expected) {
        String path = "/api/people?max=500" + (team.isEmpty() ? "" : "&teamId=" + teamId(team));

        JsonNode page = org.caller(viewer).get(path).expect(200);

        Set<Long> ids = ids(page.get("items"));
        assertEquals(idsOf(expected), ids);
        assertEquals(ids.size(), page.get("total").asLong());
    }

    @Test
    void searchingDoesNotWidenTheScope() {
        String agent2 = org.member("agent2").lastName();

        JsonNode byAgent = org.caller("agent1").get("/api/people?q=" + org.member("agent2").email()).expect(200);
        JsonNode byHr = org.caller("hr").get("/api/people?q=" + org.member("agent2").email()).expect(200);

        assertEquals(0, byAgent.get("total").asLong());
        assertEquals(0, byAgent.get("items").size());
        assertEquals(1, byHr.get("total").asLong());
        assertEquals(agent2 + " Тест", byHr.get("items").get(0).get("fullName").asString());
    }

    @Test
    void pagesCutTheListAndKeepTheTotal() {
        List<Long> seen = new ArrayList<>();
        for (int first = 0; first < 12; first += 4) {
            JsonNode page = org.admin.get("/api/people?q=" + org.suffix + "&first=" + first + "&max=4").expect(200);
            assertEquals(9, page.get("total").asLong());
            assertEquals(first < 8 ? 4 : 1, page.get("items").size());
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
        }
        assertEquals(9, new HashSet<>(seen).size());
        assertEquals(idsOf("manager agent1 agent2 sub mentor trainee former other hr"), new HashSet<>(seen));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "hr", "manager", "mentor", "agent1"})
    void everyRoleListsTeams(String viewer) {
        JsonNode page = org.caller(viewer).get("/api/teams?q=" + org.suffix).expect(200);

        assertEquals(3, page.get("total").asLong());
        assertEquals(Set.of(org.team1, org.subTeam, org.team2), ids(page.get("items")));
        JsonNode team1 = org.caller(viewer).get("/api/teams/" + org.team1).expect(200);
        assertEquals("Группа 1 " + org.suffix, team1.get("name").asString());
        assertEquals(org.member("manager").id(), team1.get("supervisorId").asLong());
        assertEquals(2, team1.get("memberCount").asLong());
        assertEquals(org.department, team1.get("departmentId").asLong());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            admin,   admin,   ADMIN,         '',        ''
            hr,      hr,      HR,            hr,        ''
            manager, manager, MANAGER,       manager,   ''
            mentor,  mentor,  MENTOR AGENT,  mentor,    Группа 2
            agent1,  agent1,  AGENT,         agent1,    Группа 1
            """)
    void meDescribesTheCallerOfEachRole(String caller, String username, String roles, String person,
                                        String team) {
        Api basic = caller.equals("admin") ? org.admin : org.member(caller).basic();

        JsonNode me = basic.get("/api/me").expect(200);

        assertEquals(caller.equals("admin") ? "admin" : org.member(username).username(),
                me.get("username").asString());
        assertEquals(Arrays.asList(roles.split(" ")), strings(me.get("roles")));
        assertEquals("ru", me.get("language").asString());
        if (person.isEmpty()) {
            assertTrue(me.get("personId").isNull());
            assertTrue(me.get("person").isNull());
            return;
        }
        Member member = org.member(person);
        assertEquals(member.id(), me.get("personId").asLong());
        assertEquals(member.lastName() + " Тест", me.get("person").get("fullName").asString());
        assertEquals(member.email(), me.get("person").get("email").asString());
        assertEquals(team.isEmpty() ? null : team + " " + org.suffix, text(me.get("person"), "teamName"));
        assertTrue(me.get("person").has("position"));
        assertEquals(me, member.api().get("/api/me").expect(200), "the same answer with a personal token");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(textBlock = """
            agent1,  POST, /api/people
            mentor,  POST, /api/people
            manager, POST, /api/people
            agent1,  PUT,  /api/people/{agent1}
            manager, PUT,  /api/people/{agent1}
            agent1,  POST, /api/people/{agent1}/positions
            manager, POST, /api/people/{agent2}/team
            mentor,  POST, /api/people/{trainee}/trainings
            manager, POST, /api/people/{agent1}/deactivate
            agent1,  POST, /api/people/{ghost}/deactivate
            hr,      POST, /api/people/{other}/account
            manager, POST, /api/people/{other}/account
            agent1,  GET,  /api/accounts/{agent1.account}
            hr,      GET,  /api/accounts/{agent1.account}
            agent1,  PUT,  /api/accounts/{agent1.account}/roles
            hr,      PUT,  /api/accounts/{agent2.account}/roles
            manager, POST, /api/accounts/{agent1.account}/reset-password
            hr,      POST, /api/accounts/{agent1.account}/unlock
            mentor,  POST, /api/accounts/{agent1.account}/deactivate
            agent1,  POST, /api/teams
            mentor,  POST, /api/teams
            manager, POST, /api/teams
            hr,      POST, /api/teams
            agent1,  PUT,  /api/teams/{team1}
            manager, POST, /api/teams/{team1}/deactivate
            hr,      POST, /api/departments
            agent1,  POST, /api/mentorships
            mentor,  POST, /api/mentorships
            """)
    void operationsARoleNeverHasAnswer403(String caller, String method, String path) {
        Map<String, Object> anything = object("version", 0, "name", Organisation.unique("x"), "roles",
                List.of("ADMIN"), "title", "Захват", "from", "2024-01-01", "teamId", org.team2,
                "lastName", "Захватов", "firstName", "Тест", "email", Organisation.email("intruder"),
                "hireDate", "2020-01-01", "positionTitle", "Специалист", "kind", "UPSKILLING",
                "completedOn", "2024-01-01", "username", Organisation.unique("intruder"),
                "mentorId", org.member("agent1").id(), "traineeId", org.member("agent2").id());

        Reply reply = org.caller(caller).send(method, resolve(path), method.equals("GET") ? null : anything);

        JsonNode body = reply.expect(403);
        assertEquals("api.forbidden", body.get("code").asString());
        assertEquals("Ваши роли не позволяют это действие.", body.get("message").asString());
    }

    @Test
    void refusedOperationsChangeNothing() {
        Member agent = org.member("agent1");
        JsonNode before = org.admin.get("/api/people/" + agent.id()).expect(200);

        agent.api().put("/api/accounts/" + agent.accountId() + "/roles",
                object("version", before.get("account").get("version").asLong(), "roles", List.of("ADMIN")))
                .expect(403);
        agent.api().put("/api/people/" + agent.id(), object("version", before.get("version").asLong(),
                "lastName", "Захватов", "firstName", "Тест", "email", agent.email(), "hireDate", "2020-01-15"))
                .expect(403);

        assertEquals(before, org.admin.get("/api/people/" + agent.id()).expect(200));
        assertEquals(List.of("AGENT"), strings(agent.api().get("/api/me").expect(200).get("roles")));
    }

    @ParameterizedTest(name = "{0} reads the {1} mentorship: {2}")
    @CsvSource(textBlock = """
            mentor,  running, 200
            mentor,  ended,   404
            hr,      running, 200
            hr,      ended,   200
            agent1,  running, 404
            manager, running, 404
            """)
    void aMentorshipIsSeenByWhoeverMaySeeItsTrainee(String caller, String which, int status) {
        long id = which.equals("running") ? org.runningMentorship : org.endedMentorship;

        JsonNode body = org.caller(caller).get("/api/mentorships/" + id).expect(status);

        if (status == 200) {
            assertEquals(org.member("mentor").id(), body.get("mentorId").asLong());
            assertEquals(org.member(which.equals("running") ? "trainee" : "former").id(),
                    body.get("traineeId").asLong());
        } else {
            assertEquals(org.caller(caller).get("/api/mentorships/" + GHOST).json(), body);
        }
    }

    @Test
    void hrAssignsMentorsWithinTheRules() {
        long mentor = hire("Опытов").get("id").asLong();
        long trainee = hire("Стажеров").get("id").asLong();
        Api hr = org.caller("hr");
        // Only someone holding the role MENTOR may mentor.
        org.admin.post("/api/people/" + mentor + "/account", object("username", Organisation.unique("mentor"),
                "roles", List.of("MENTOR", "AGENT"))).expect(201);

        Reply created = hr.post("/api/mentorships", object("mentorId", mentor, "traineeId", trainee,
                "from", "2025-01-01", "to", "2025-06-30"));
        JsonNode self = hr.post("/api/mentorships", object("mentorId", mentor, "traineeId", mentor,
                "from", "2025-01-01")).expect(400);
        JsonNode backwards = hr.post("/api/mentorships", object("mentorId", mentor, "traineeId", trainee,
                "from", "2025-01-01", "to", "2024-12-31")).expect(400);
        JsonNode noStart = hr.post("/api/mentorships", object("mentorId", mentor, "traineeId", trainee))
                .expect(400);
        JsonNode unknown = hr.post("/api/mentorships", object("mentorId", GHOST, "traineeId", trainee,
                "from", "2025-01-01")).expect(400);

        JsonNode mentorship = created.expect(201);
        assertEquals(org.portal.uri("/api/mentorships/" + mentorship.get("id").asLong()).toString(),
                created.header("Location").orElseThrow());
        assertEquals("Опытов Тест", mentorship.get("mentorName").asString());
        assertEquals("Стажеров Тест", mentorship.get("traineeName").asString());
        assertEquals("2025-01-01", mentorship.get("from").asString());
        assertEquals("2025-06-30", mentorship.get("to").asString());
        assertEquals(List.of("traineeId", "rule.mentorship.self"), List.of(self.get("field").asString(),
                self.get("code").asString()));
        assertEquals(List.of("to", "rule.mentorship.order"), List.of(backwards.get("field").asString(),
                backwards.get("code").asString()));
        assertEquals(List.of("from", "rule.required"), List.of(noStart.get("field").asString(),
                noStart.get("code").asString()));
        assertEquals(List.of("mentorId", "rule.person.unknown"), List.of(unknown.get("field").asString(),
                unknown.get("code").asString()));
    }

    @Test
    void hrHiresAPersonAndGetsItsAddress() {
        long team = newTeam();
        Map<String, Object> form = object("personnelNumber", Organisation.unique("Т"), "lastName", "Лебедева",
                "firstName", "Ольга", "middleName", "Игоревна", "email", "Olga." + Organisation.email("lebedeva"),
                "phone", "+7 (495) 123-45-67", "hireDate", "2021-03-01", "education", "SECONDARY_VOCATIONAL",
                "positionTitle", "Специалист контактного центра", "qualificationLevel", 3, "teamId", team);

        Reply created = org.caller("hr").post("/api/people", form);

        JsonNode person = created.expect(201);
        long id = person.get("id").asLong();
        assertEquals(org.portal.uri("/api/people/" + id).toString(), created.header("Location").orElseThrow());
        assertEquals("Лебедева Ольга Игоревна", person.get("fullName").asString());
        assertEquals(((String) form.get("email")).toLowerCase(), person.get("email").asString());
        assertEquals("2021-03-01", person.get("hireDate").asString());
        assertEquals("SECONDARY_VOCATIONAL", person.get("education").asString());
        assertEquals("Специалист контактного центра", person.get("position").asString());
        assertEquals(3, person.get("qualificationLevel").asInt());
        assertEquals(team, person.get("teamId").asLong());
        assertEquals("2021-03-01", person.get("positions").get(0).get("startedOn").asString());
        assertEquals("2021-03-01", person.get("memberships").get(0).get("startedOn").asString());
        assertTrue(person.get("active").asBoolean());
        assertEquals(person, org.caller("hr").get("/api/people/" + id).expect(200));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonNode person = hire("Зайцев");
        long id = person.get("id").asLong();
        long version = person.get("version").asLong();
        Map<String, Object> change = object("version", version, "lastName", "Зайцев", "firstName", "Тест",
                "email", person.get("email").asString(), "phone", "8 800 555-35-35", "hireDate", "2020-01-15");

        JsonNode changed = org.caller("hr").put("/api/people/" + id, change).expect(200);
        change.put("phone", "+7 900 000-00-00");
        JsonNode conflict = org.admin.put("/api/people/" + id, change).expect(409);

        assertEquals("8 800 555-35-35", changed.get("phone").asString());
        assertNotEquals(version, changed.get("version").asLong());
        assertEquals("api.conflict", conflict.get("code").asString());
        assertEquals("version", conflict.get("field").asString());
        assertTrue(conflict.get("message").asString().startsWith("Запись уже изменил кто-то другой"));
        assertEquals("8 800 555-35-35", org.admin.get("/api/people/" + id).expect(200).get("phone").asString());
    }

    @Test
    void aChangeWithoutVersionIsRefused() {
        JsonNode person = hire("Беляев");

        JsonNode error = org.caller("hr").put("/api/people/" + person.get("id").asLong(), object("lastName",
                "Беляев", "firstName", "Тест", "email", person.get("email").asString(), "hireDate", "2020-01-15"))
                .expect(400);

        assertEquals(object("field", "version", "code", "rule.required", "message", "Заполните поле."),
                Api.JSON.convertValue(error, Map.class));
    }

    @Test
    void anInvalidEmailNamesTheFieldInTheCallersLanguage() {
        Map<String, Object> form = org.personForm("Ошибкин", "not-an-address", null);

        JsonNode russian = org.caller("hr").post("/api/people", form).expect(400);
        JsonNode english = org.caller("hr").acceptLanguage("en-US,en;q=0.9,ru;q=0.8").post("/api/people", form)
                .expect(400);
        JsonNode unsupportedFirst = org.caller("hr").acceptLanguage("de, en;q=0.5").post("/api/people", form)
                .expect(400);

        assertEquals("email", russian.get("field").asString());
        assertEquals("rule.email.invalid", russian.get("code").asString());
        assertEquals("Это не похоже на адрес электронной почты.", russian.get("message").asString());
        assertEquals("email", english.get("field").asString());
        assertEquals("rule.email.invalid", english.get("code").asString());
        assertEquals("This does not look like an e-mail address.", english.get("message").asString());
        assertEquals(english, unsupportedFirst);
        assertEquals(0, org.admin.get("/api/people?q=not-an-address").expect(200).get("total").asLong());
    }

    @Test
    void aTakenEmailIsRefused() {
        JsonNode error = org.caller("hr").post("/api/people",
                org.personForm("Двойник", org.member("agent1").email().toUpperCase(), null)).expect(400);

        assertEquals("email", error.get("field").asString());
        assertEquals("rule.email.taken", error.get("code").asString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"lastName": "Без кавычки                                                  | ``                 | Unexpected char
            {"lastName": "Датов", "firstName": "Тест", "hireDate": "2024-13-45"}       | hireDate           | MonthOfYear
            {"lastName": "Уровнев", "firstName": "Тест", "qualificationLevel": "три"} | qualificationLevel | три
            {"lastName": "Образов", "firstName": "Тест", "education": "PHD"}           | ``                 | EducationLevel.PHD
            [1, 2, 3]                                                                  | ``                 | START_ARRAY
            """)
    void anUnreadableBodyAnswers400NamingTheProblem(String body, String field, String problem) {
        JsonNode error = org.caller("hr").post("/api/people", body).expect(400);

        assertEquals("api.unreadableBody", error.get("code").asString());
        String message = error.get("message").asString();
        assertTrue(message.startsWith("Тело запроса не удалось прочитать как JSON нужного вида: "), message);
        assertTrue(message.contains(problem), message);
        assertFalse(message.contains("ru.navyk"), message);
        assertEquals(field.isEmpty() ? null : field, text(error, "field"));
    }

    @Test
    void anEmptyBodyAnswers400() {
        JsonNode error = org.caller("hr").post("/api/people", "").expect(400);

        assertEquals("api.badRequest", error.get("code").asString());
    }

    @Test
    void historyGrowsWithPositionsTeamsAndTrainings() {
        JsonNode person = hire("Морозов", newTeam());
        long id = person.get("id").asLong();
        long otherTeam = newTeam();
        Api hr = org.caller("hr");

        JsonNode promoted = hr.post("/api/people/" + id + "/positions",
                object("title", "Старший специалист", "qualificationLevel", 4, "from", "2024-06-01")).expect(200);
        JsonNode backdated = hr.post("/api/people/" + id + "/positions",
                object("title", "Специалист", "qualificationLevel", 3, "from", "2024-01-01")).expect(400);
        JsonNode moved = hr.post("/api/people/" + id + "/team", object("teamId", otherTeam, "from", "2024-07-01"))
                .expect(200);
        JsonNode noTeam = hr.post("/api/people/" + id + "/team", object("from", "2024-07-01")).expect(400);
        JsonNode trained = hr.post("/api/people/" + id + "/trainings", object("kind", "UPSKILLING",
                "title", "Работа с возражениями", "completedOn", "2024-03-01", "hours", 16)).expect(200);
        JsonNode future = hr.post("/api/people/" + id + "/trainings", object("kind", "UPSKILLING",
                "title", "Будущее", "completedOn", "2999-01-01")).expect(400);

        assertEquals("Старший специалист", promoted.get("position").asString());
        assertEquals(4, promoted.get("qualificationLevel").asInt());
        assertEquals(2, promoted.get("positions").size());
        assertEquals("2024-05-31", promoted.get("positions").get(0).get("endedOn").asString());
        assertEquals("from", backdated.get("field").asString());
        assertEquals("rule.position.order", backdated.get("code").asString());
        assertEquals(otherTeam, moved.get("teamId").asLong());
        assertEquals(2, moved.get("memberships").size());
        assertEquals("teamId", noTeam.get("field").asString());
        assertEquals("rule.required", noTeam.get("code").asString());
        assertEquals(1, trained.get("trainings").size());
        assertEquals("UPSKILLING", trained.get("trainings").get(0).get("kind").asString());
        assertEquals("Работа с возражениями", trained.get("trainings").get(0).get("title").asString());
        assertEquals(16, trained.get("trainings").get(0).get("hours").asInt());
        assertEquals("completedOn", future.get("field").asString());
        assertEquals("rule.date.future", future.get("code").asString());
    }

    @Test
    void deactivationHidesNothingFromHrAndNeedsTheCurrentVersion() {
        JsonNode person = hire("Лосев", newTeam());
        long id = person.get("id").asLong();
        long version = person.get("version").asLong();
        Api hr = org.caller("hr");

        JsonNode deactivated = hr.post("/api/people/" + id + "/deactivate", object("version", version))
                .expect(200);
        JsonNode stale = hr.post("/api/people/" + id + "/reactivate", object("version", version)).expect(409);
        JsonNode listed = hr.get("/api/people?inactive=true&q=" + person.get("email").asString()).expect(200);
        JsonNode unlisted = hr.get("/api/people?q=" + person.get("email").asString()).expect(200);
        JsonNode reactivated = hr.post("/api/people/" + id + "/reactivate",
                object("version", deactivated.get("version").asLong())).expect(200);

        assertFalse(deactivated.get("active").asBoolean());
        assertFalse(deactivated.has("teamId"), "the membership ended");
        assertEquals("api.conflict", stale.get("code").asString());
        assertEquals(1, listed.get("total").asLong());
        assertEquals(0, unlisted.get("total").asLong());
        assertTrue(reactivated.get("active").asBoolean());
    }

    @Test
    void theOpenApiDocumentDescribesThePeopleApi() {
        JsonNode document = Api.JSON.readTree(org.admin.get("/openapi?format=JSON").body());

        JsonNode paths = document.get("paths");
        assertTrue(paths.has("/api/people"), paths.propertyNames().toString());
        assertTrue(paths.has("/api/people/{id}"));
        assertTrue(paths.has("/api/me/tokens"));
        assertTrue(paths.has("/api/accounts/{id}/roles"));
        assertTrue(paths.get("/api/people").has("get"));
        assertTrue(paths.get("/api/people").has("post"));
        JsonNode schemes = document.get("components").get("securitySchemes");
        assertEquals("basic", schemes.get("basic").get("scheme").asString());
        assertEquals("bearer", schemes.get("bearer").get("scheme").asString());
    }

    private static JsonNode hire(String lastName) {
        return hire(lastName, null);
    }

    private static JsonNode hire(String lastName, Long teamId) {
        return org.caller("hr").post("/api/people", org.personForm(lastName, Organisation.email("hired"), teamId))
                .expect(201);
    }

    private static long newTeam() {
        return org.admin.post("/api/teams", object("name", Organisation.unique("Группа"))).expect(201).get("id")
                .asLong();
    }

    private static String resolve(String path) {
        String resolved = path.replace("{ghost}", String.valueOf(GHOST))
                .replace("{team1}", String.valueOf(org.team1));
        for (Member member : org.members()) {
            resolved = resolved.replace("{" + member.key() + "}", String.valueOf(member.id()));
            if (member.accountId() != null) {
                resolved = resolved.replace("{" + member.key() + ".account}", String.valueOf(member.accountId()));
            }
        }
        return resolved;
    }

    private static long teamId(String name) {
        return switch (name) {
            case "team1" -> org.team1;
            case "team2" -> org.team2;
            case "subTeam" -> org.subTeam;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Set<Long> idsOf(String keys) {
        Set<Long> ids = new TreeSet<>();
        for (String key : keys.split(" ")) {
            if (!key.isBlank()) {
                ids.add(org.member(key).id());
            }
        }
        return ids;
    }

    private static Set<Long> ids(JsonNode items) {
        Set<Long> ids = new TreeSet<>();
        items.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** A text property, or null when it is absent or JSON null. */
    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
