package ru.navyk.api.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;

/**
 * HR edits job profiles only as drafts of the next version: copy, change, publish, discard; a published version never
 * changes; a stale draft is refused; an agent may read but not edit.
 */
class JobProfileEditingApiIT {

    private final PortalServer portal = PortalServer.get();
    private final Api hr = Api.basic(portal, DemoAccounts.HR, DemoAccounts.PASSWORD);
    private final Api agent = Api.basic(portal, DemoAccounts.AGENT, DemoAccounts.PASSWORD);

    @Test
    void aCopiedProfileIsEditedAsADraftThenPublishedAndVersioned() {
        JsonNode operator = operatorVersion();
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);

        JsonNode draft = hr.post("/api/job-profiles/versions/" + operator.get("id").asLong() + "/copy",
                object("code", code, "title", "Оператор входящей линии")).expect(201);
        assertEquals("DRAFT", draft.get("status").asString());
        assertEquals(operator.get("requirements").size(), draft.get("requirements").size());

        List<Map<String, Object>> requirements = new ArrayList<>();
        draft.get("requirements").valueStream().filter(r -> r.get("laborFunctionCode").asString().equals("A/01.3"))
                .forEach(r -> requirements.add(object("itemId", r.get("itemId").asLong(), "required",
                        "TEACHES_OTHERS")));
        Map<String, Object> changes = object("version", draft.get("version").asLong(),
                "title", "Оператор входящей линии", "qualificationLevel", 3, "minEducation", "SECONDARY_GENERAL",
                "experienceMonths", 6, "experienceText", "Опыт работы с клиентами от 6 месяцев",
                "requirements", requirements);
        JsonNode saved = hr.put("/api/job-profiles/versions/" + draft.get("id").asLong(), changes).expect(200);
        assertEquals(6, saved.get("experienceMonths").asInt());
        assertEquals(List.of("A/01.3"), saved.get("requirements").valueStream()
                .map(r -> r.get("laborFunctionCode").asString()).distinct().toList());
        assertEquals("api.conflict", hr.put("/api/job-profiles/versions/" + draft.get("id").asLong(), changes)
                .expect(409).get("code").asString());

        JsonNode published = hr.post("/api/job-profiles/versions/" + draft.get("id").asLong() + "/publish",
                object("version", saved.get("version").asLong())).expect(200);
        assertEquals("PUBLISHED", published.get("status").asString());
        changes.put("version", published.get("version").asLong());
        assertEquals("rule.profile.published", hr.put("/api/job-profiles/versions/" + draft.get("id").asLong(),
                changes).expect(400).get("code").asString());

        long profileId = published.get("profileId").asLong();
        JsonNode second = hr.post("/api/job-profiles/" + profileId + "/draft", null).expect(201);
        assertEquals(2, second.get("number").asInt());
        assertEquals("rule.profile.draftExists", hr.post("/api/job-profiles/" + profileId + "/draft", null)
                .expect(400).get("code").asString());
        hr.delete("/api/job-profiles/versions/" + second.get("id").asLong() + "?version="
                + second.get("version").asLong()).expect(204);
        JsonNode history = hr.get("/api/job-profiles/" + profileId + "/versions").expect(200);
        assertEquals(1, history.size());
        assertTrue(history.get(0).get("current").asBoolean());
        assertTrue(hr.get("/api/job-profiles?q=" + code).expect(200).valueStream()
                .anyMatch(p -> p.get("code").asString().equals(code)));
    }

    @Test
    void aProfileIsDraftedFromLaborFunctionsOfAGeneralizedFunction() {
        JsonNode draft = hr.post("/api/job-profiles", object("title", "Оператор чата", "generalizedFunction", "A",
                "laborFunctions", List.of("A/01.3", "A/02.3"), "required", "WITH_HELP")).expect(201);

        assertEquals(3, draft.get("qualificationLevel").asInt());
        assertEquals("BASIC_GENERAL", draft.get("minEducation").asString());
        assertEquals(List.of("A/01.3", "A/02.3"), draft.get("requirements").valueStream()
                .map(r -> r.get("laborFunctionCode").asString()).distinct().toList());
        assertTrue(draft.get("requirements").valueStream().allMatch(r -> r.get("required").asString()
                .equals("WITH_HELP")));
        assertEquals("laborFunctions", hr.post("/api/job-profiles", object("title", "Смешанный",
                "generalizedFunction", "A", "laborFunctions", List.of("D/03.5"), "required", "WITH_HELP"))
                .expect(400).get("field").asString());
    }

    @Test
    void anAgentReadsProfilesButEditsNothing() {
        JsonNode operator = operatorVersion();

        agent.get("/api/job-profiles/" + operator.get("profileId").asLong() + "/versions").expect(200);
        assertEquals("api.forbidden", agent.post("/api/job-profiles/versions/" + operator.get("id").asLong()
                + "/copy", object("title", "Мой профиль")).expect(403).get("code").asString());
        agent.post("/api/job-profiles/" + operator.get("profileId").asLong() + "/draft", null).expect(403);
    }

    private JsonNode operatorVersion() {
        JsonNode summary = hr.get("/api/job-profiles").expect(200).valueStream()
                .filter(p -> p.get("code").asString().equals("operator")).findFirst().orElseThrow();
        return hr.get("/api/job-profiles/versions/" + summary.get("currentVersionId").asLong()).expect(200);
    }
}
