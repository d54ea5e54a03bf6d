package ru.navyk.api.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.Api.Reply;
import tools.jackson.databind.JsonNode;

/**
 * Teams and departments through the API: administrators build the organisation, everyone reads it, and a
 * department's head sees the people of its teams. Every test builds teams of its own.
 */
class TeamsApiIT {

    private static Organisation org;

    @BeforeAll
    static void seed() {
        org = Organisation.get();
    }

    @Test
    void administratorsCreateAndChangeTeamsWithTheCurrentVersion() {
        String name = Organisation.unique("Линия");
        long parent = team(Organisation.unique("Центр"), null);

        Reply created = org.admin.post("/api/teams", object("name", name, "departmentId", org.department,
                "parentId", parent));
        JsonNode team = created.expect(201);
        long id = team.get("id").asLong();
        JsonNode renamed = org.admin.put("/api/teams/" + id, object("version", team.get("version").asLong(),
                "name", name + " 2", "departmentId", org.department, "parentId", parent)).expect(200);
        JsonNode stale = org.admin.put("/api/teams/" + id, object("version", team.get("version").asLong(),
                "name", name + " 3")).expect(409);

        assertEquals(org.portal.uri("/api/teams/" + id).toString(), created.header("Location").orElseThrow());
        assertEquals(name, team.get("name").asString());
        assertEquals(org.department, team.get("departmentId").asLong());
        assertEquals("Отдел " + org.suffix, team.get("departmentName").asString());
        assertEquals(parent, team.get("parentId").asLong());
        assertEquals(0, team.get("memberCount").asLong());
        assertEquals(name + " 2", renamed.get("name").asString());
        assertEquals("api.conflict", stale.get("code").asString());
        assertEquals(name + " 2", org.caller("agent1").get("/api/teams/" + id).expect(200).get("name").asString());
    }

    @Test
    void teamRulesNameTheField() {
        String name = Organisation.unique("Дубль");
        long team = team(name, null);

        JsonNode taken = org.admin.post("/api/teams", object("name", name.toUpperCase())).expect(400);
        JsonNode blank = org.admin.post("/api/teams", object("name", "")).expect(400);
        JsonNode ownParent = org.admin.put("/api/teams/" + team, object("version", version(team), "name", name,
                "parentId", team)).expect(400);
        JsonNode unknownDepartment = org.admin.post("/api/teams", object("name", Organisation.unique("Х"),
                "departmentId", 999_999_999L)).expect(400);

        assertEquals(List.of("name", "rule.team.nameTaken"), List.of(taken.get("field").asString(),
                taken.get("code").asString()));
        assertEquals(List.of("name", "rule.required"), List.of(blank.get("field").asString(),
                blank.get("code").asString()));
        assertEquals(List.of("parentId", "rule.team.cycle"), List.of(ownParent.get("field").asString(),
                ownParent.get("code").asString()));
        assertEquals(List.of("departmentId", "rule.department.unknown"),
                List.of(unknownDepartment.get("field").asString(), unknownDepartment.get("code").asString()));
    }

    @Test
    void onlyAnEmptyTeamIsDeactivatedAndOnlyAdministratorsListIt() {
        String name = Organisation.unique("Закрытие");
        long team = team(name, null);
        JsonNode member = org.admin.post("/api/people", org.personForm("Членов", Organisation.email("member"), team))
                .expect(201);

        JsonNode notEmpty = org.admin.post("/api/teams/" + team + "/deactivate", object("version", version(team)))
                .expect(400);
        org.admin.post("/api/people/" + member.get("id").asLong() + "/deactivate",
                object("version", member.get("version").asLong())).expect(200);
        JsonNode deactivated = org.admin.post("/api/teams/" + team + "/deactivate",
                object("version", version(team))).expect(200);

        assertEquals("rule.team.notEmpty", notEmpty.get("code").asString());
        assertTrue(notEmpty.get("field").isNull());
        assertEquals("В группе есть сотрудники; сначала переведите их.", notEmpty.get("message").asString());
        assertFalse(deactivated.get("active").asBoolean());
        assertEquals(1, org.admin.get("/api/teams?inactive=true&q=" + name).expect(200).get("total").asLong());
        assertEquals(0, org.admin.get("/api/teams?q=" + name).expect(200).get("total").asLong());
        assertEquals(0, org.caller("agent1").get("/api/teams?inactive=true&q=" + name).expect(200).get("total")
                .asLong());
    }

    @Test
    void departmentsAreListedForEveryoneAndCreatedByAdministrators() {
        String name = Organisation.unique("Отдел");
        long head = org.admin.post("/api/people", org.personForm("Главный", Organisation.email("head"), null))
                .expect(201).get("id").asLong();

        Reply created = org.admin.post("/api/departments", object("name", name, "parentId", org.department,
                "headId", head));
        JsonNode department = created.expect(201);
        long id = department.get("id").asLong();

        assertEquals(org.portal.uri("/api/departments/" + id).toString(), created.header("Location").orElseThrow());
        assertEquals(name, department.get("name").asString());
        assertEquals(org.department, department.get("parentId").asLong());
        assertEquals(head, department.get("headId").asLong());
        assertEquals("Главный Тест", department.get("headName").asString());
        Set<Long> listed = new HashSet<>();
        org.caller("mentor").get("/api/departments").expect(200).forEach(d -> listed.add(d.get("id").asLong()));
        assertTrue(listed.containsAll(Set.of(id, org.department)), listed.toString());
        assertEquals(department, org.caller("agent1").get("/api/departments/" + id).expect(200));
        assertEquals("api.notFound", org.caller("agent1").get("/api/departments/999999999").expect(404)
                .get("code").asString());
    }

    @Test
    void theHeadOfADepartmentSeesThePeopleOfItsTeamsAndSubDepartments() {
        JsonNode head = org.admin.post("/api/people", org.personForm("Начальников", Organisation.email("head"), null))
                .expect(201);
        String username = Organisation.unique("head");
        org.admin.post("/api/people/" + head.get("id").asLong() + "/account", object("username", username,
                "roles", List.of("MANAGER"), "password", "Pass-" + username)).expect(201);
        Api asHead = Api.basic(org.portal, username, "Pass-" + username);
        long department = org.admin.post("/api/departments", object("name", Organisation.unique("Отдел"),
                "headId", head.get("id").asLong())).expect(201).get("id").asLong();
        long subDepartment = org.admin.post("/api/departments", object("name", Organisation.unique("Сектор"),
                "parentId", department)).expect(201).get("id").asLong();
        long team = org.admin.post("/api/teams", object("name", Organisation.unique("Линия"),
                "departmentId", subDepartment)).expect(201).get("id").asLong();
        long member = org.admin.post("/api/people", org.personForm("Подчиненный", Organisation.email("member"),
                team)).expect(201).get("id").asLong();

        JsonNode seen = asHead.get("/api/people/" + member).expect(200);
        JsonNode list = asHead.get("/api/people?max=500").expect(200);

        assertEquals(member, seen.get("id").asLong());
        assertEquals(2, list.get("total").asLong(), "the head and the member: " + list);
        assertEquals(404, asHead.get("/api/people/" + org.member("agent1").id()).status());
    }

    private static long team(String name, Long parentId) {
        return org.admin.post("/api/teams", object("name", name, "parentId", parentId)).expect(201).get("id")
                .asLong();
    }

    private static long version(long team) {
        return org.admin.get("/api/teams/" + team).expect(200).get("version").asLong();
    }
}
