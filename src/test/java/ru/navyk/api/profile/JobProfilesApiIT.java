package ru.navyk.api.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;

/**
 * The ready-made job profiles are installed from the shipped file against the real competency model, and a person's
 * progress against their position's profile is read from evidence, only by those who may see the person.
 */
class JobProfilesApiIT {

    private final PortalServer portal = PortalServer.get();
    private final Api agent = Api.basic(portal, DemoAccounts.AGENT, DemoAccounts.PASSWORD);

    @Test
    void theStandardsPositionsAreShippedAsPublishedProfiles() {
        JsonNode profiles = agent.get("/api/job-profiles").expect(200);

        List<String> titles = new ArrayList<>();
        profiles.forEach(p -> titles.add(p.get("title").asString()));
        assertTrue(titles.containsAll(List.of("Оператор колл-центра", "Специалист по контролю качества обслуживания",
                "Планировщик ресурсов", "Руководитель группы", "Руководитель контактного центра")), titles::toString);
        JsonNode operator = byCode(profiles, "operator");
        assertEquals(3, operator.get("qualificationLevel").asInt());
        assertEquals(1, operator.get("currentNumber").asInt());
    }

    @Test
    void aProfileRequiresEveryItemOfItsFunctionsWithTheOverridesOfTheFile() {
        JsonNode profiles = agent.get("/api/job-profiles").expect(200);
        JsonNode operator = version(byCode(profiles, "operator"));
        JsonNode teamLead = version(byCode(profiles, "team-lead"));

        assertEquals(List.of("A/01.3", "A/02.3", "A/03.3", "A/04.3"), operator.get("requirements").valueStream()
                .map(r -> r.get("laborFunctionCode").asString()).distinct().toList());
        assertEquals(28, operator.get("requirements").valueStream()
                .filter(r -> r.get("laborFunctionCode").asString().equals("A/01.3")).count(),
                "A/01.3 has 3 labor actions, 13 skills and 12 knowledge items");
        assertTrue(operator.get("requirements").valueStream()
                .allMatch(r -> r.get("required").asString().equals("INDEPENDENT")));
        assertEquals("TEACHES_OTHERS", requirement(teamLead, "D/03.5/LA02").get("required").asString());
        assertEquals("INDEPENDENT", requirement(teamLead, "D/03.5/LA01").get("required").asString());
        assertEquals("BASIC_GENERAL", teamLead.get("minEducation").asString(),
                "the lowest level D's alternatives admit: basic general education with professional training");
        assertTrue(teamLead.get("educationText").asString().contains("Среднее профессиональное образование"),
                "the standard's own wording of the education requirement is copied from D");
        assertEquals(6, teamLead.get("experienceMonths").asInt());
        assertEquals("PUBLISHED", teamLead.get("status").asString());
    }

    @Test
    void anAgentSeesTheirOwnProgressAgainstTheirPositionsProfileButNobodyElses() {
        long self = agent.get("/api/me").expect(200).get("personId").asLong();
        long other = Api.basic(portal, DemoAccounts.AGENT2, DemoAccounts.PASSWORD).get("/api/me").expect(200)
                .get("personId").asLong();

        JsonNode progress = agent.get("/api/evidence/progress?person=" + self).expect(200);
        agent.get("/api/evidence?person=" + self).expect(200);

        assertEquals(List.of("A/01.3", "A/02.3", "A/03.3", "A/04.3"), progress.get("functions").valueStream()
                .map(f -> f.get("laborFunctionCode").asString()).toList());
        assertEquals("api.notFound", agent.get("/api/evidence?person=" + other).expect(404).get("code").asString());
        assertEquals("api.notFound", agent.get("/api/evidence/progress?person=" + other).expect(404).get("code")
                .asString());
    }

    private JsonNode version(JsonNode summary) {
        return agent.get("/api/job-profiles/versions/" + summary.get("currentVersionId").asLong()).expect(200);
    }

    private static JsonNode byCode(JsonNode profiles, String code) {
        return profiles.valueStream().filter(p -> p.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    private static JsonNode requirement(JsonNode version, String itemCode) {
        return version.get("requirements").valueStream().filter(r -> r.get("itemCode").asString().equals(itemCode))
                .findFirst().orElseThrow();
    }
}
