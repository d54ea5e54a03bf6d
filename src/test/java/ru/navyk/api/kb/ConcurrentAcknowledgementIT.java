package ru.navyk.api.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.api.kb.KbApi.ADMIN;
import static ru.navyk.api.kb.KbApi.OPERATOR;
import static ru.navyk.testsupport.Api.object;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import tools.jackson.databind.JsonNode;

/**
 * A shift starts: every operator of the demo centre acknowledges the same change at once over the API, and each of
 * them clicks three times. Every person ends with exactly one acknowledgement — the first call answers 201, the
 * repeats 200 with the same record — and the campaign counts everyone done: nothing duplicated, nothing lost.
 */
class ConcurrentAcknowledgementIT {

    private static final int CLICKS_PER_PERSON = 3;

    @Test
    void manyPeopleAcknowledgingAtOnceEachGetExactlyOneAcknowledgement() throws Exception {
        JsonNode article = KbApi.article(ADMIN, KbApi.unique("Смена: новый порядок перерывов"),
                "Перерывы — по графику в WFM.", List.of("смена"), List.of());
        long articleId = article.get("id").asLong();
        long campaign = ADMIN.post("/api/kb/articles/" + articleId + "/campaigns", KbApi.campaign("POSITION",
                List.of(OPERATOR), LocalDate.now().plusDays(1), List.of())).expect(201).get("summary").get("id")
                .asLong();
        List<JsonNode> rows = KbApi.obligations(ADMIN, campaign);
        assertTrue(rows.size() >= 15, "the demo centre has a shift of operators: " + rows.size());

        Map<Long, Api> callers = new HashMap<>();
        for (JsonNode row : rows) {
            long personId = row.get("personId").asLong();
            JsonNode account = ADMIN.get("/api/people/" + personId).expect(200).get("account");
            if (account == null || account.isNull()) {
                continue; // an operator another test imported without a login cannot click
            }
            String username = account.get("username").asString();
            Api.Reply login = Api.basic(KbApi.PORTAL, username, DemoAccounts.PASSWORD)
                    .post("/api/me/tokens", object("name", "shift"));
            if (login.status() == 401) {
                continue; // a login another test created with a password of its own
            }
            String token = login.expect(201).get("token").asString();
            callers.put(row.get("obligationId").asLong(), Api.bearer(KbApi.PORTAL, token));
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Api.Reply>> clicks = new ArrayList<>();
        Map<Callable<Api.Reply>, Long> obligationOf = new HashMap<>();
        callers.forEach((obligation, caller) -> {
            for (int i = 0; i < CLICKS_PER_PERSON; i++) {
                Callable<Api.Reply> click = () -> {
                    start.await();
                    return caller.post("/api/kb/obligations/" + obligation + "/acknowledgement", null);
                };
                clicks.add(click);
                obligationOf.put(click, obligation);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(32);
        Map<Callable<Api.Reply>, Future<Api.Reply>> futures = new HashMap<>();
        clicks.forEach(click -> futures.put(click, pool.submit(click)));
        start.countDown();

        Map<Long, Set<Long>> acknowledgementIds = new HashMap<>();
        Map<Long, Integer> created = new HashMap<>();
        for (Callable<Api.Reply> click : clicks) {
            Api.Reply reply = futures.get(click).get();
            long obligation = obligationOf.get(click);
            assertTrue(reply.status() == 201 || reply.status() == 200, reply.toString());
            JsonNode body = reply.json();
            assertEquals(obligation, body.get("obligationId").asLong());
            acknowledgementIds.computeIfAbsent(obligation, o -> new HashSet<>()).add(body.get("id").asLong());
            if (reply.status() == 201) {
                created.merge(obligation, 1, Integer::sum);
            }
        }
        pool.shutdown();

        for (Long obligation : callers.keySet()) {
            assertEquals(1, acknowledgementIds.get(obligation).size(), "one record for obligation " + obligation);
            assertEquals(1, created.getOrDefault(obligation, 0), "exactly one 201 for obligation " + obligation);
        }
        JsonNode summary = ADMIN.get("/api/kb/campaigns/" + campaign).expect(200).get("summary");
        assertTrue(callers.size() >= 15, "the demo operators with a login clicked: " + callers.size());
        assertEquals(callers.size(), summary.get("done").asInt());
        assertEquals(rows.size() - callers.size(), summary.get("pending").asInt());
        for (JsonNode row : KbApi.obligations(ADMIN, campaign)) {
            assertEquals(callers.containsKey(row.get("obligationId").asLong()) ? "DONE" : "PENDING",
                    row.get("status").asString());
        }
    }
}
