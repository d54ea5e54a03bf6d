package ru.navyk.api.kb;

import static ru.navyk.testsupport.Api.object;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.PortalServer;
import tools.jackson.databind.JsonNode;

/** Callers and small helpers the knowledge-base API tests share; every article they make has a title of its own. */
final class KbApi {

    static final PortalServer PORTAL = PortalServer.get();
    static final Api ADMIN = Api.basic(PORTAL, "admin", PortalServer.ADMIN_PASSWORD);
    static final String OPERATOR = "Оператор контакт-центра";

    private KbApi() {
    }

    /** A demo account's API caller with a personal token (a Basic login costs a deliberately slow hash). */
    static Api demo(String username) {
        Api basic = Api.basic(PORTAL, username, DemoAccounts.PASSWORD);
        String token = basic.post("/api/me/tokens", object("name", "kb-tests")).expect(201).get("token").asString();
        return Api.bearer(PORTAL, token);
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Creates an article as the caller; answers its JSON. */
    static JsonNode article(Api editor, String title, String body, List<String> tags, List<String> links) {
        return editor.post("/api/kb/articles", object("title", title, "body", body, "summary", "Первая редакция",
                "tags", tags, "links", links)).expect(201);
    }

    static JsonNode revise(Api editor, JsonNode article, String body, boolean major) {
        long id = article.get("id").asLong();
        return editor.put("/api/kb/articles/" + id, object("version", article.get("version").asLong(),
                "title", article.get("title").asString(), "body", body, "summary", "Правка", "major", major,
                "tags", List.of(), "links", List.of())).expect(200);
    }

    static Map<String, Object> campaign(String kind, List<String> values, LocalDate deadline,
                                        List<Map<String, Object>> questions) {
        return object("audienceKind", kind, "audienceValues", values, "deadline", deadline.toString(),
                "questions", questions);
    }

    static Map<String, Object> question(String text, int correct, String... options) {
        return object("question", text, "options", List.of(options), "correctOption", correct);
    }

    /** Every obligation row of a campaign as the caller sees it. */
    static List<JsonNode> obligations(Api caller, long campaign) {
        JsonNode page = caller.get("/api/kb/campaigns/" + campaign + "/obligations?max=500").expect(200);
        List<JsonNode> rows = new ArrayList<>();
        page.get("items").forEach(rows::add);
        return rows;
    }

    /** The caller's open obligation for an article. */
    static long obligationFor(Api caller, long articleId) {
        for (JsonNode o : caller.get("/api/kb/obligations").expect(200)) {
            if (o.get("articleId").asLong() == articleId) {
                return o.get("id").asLong();
            }
        }
        throw new AssertionError("no open obligation for article " + articleId);
    }
}
