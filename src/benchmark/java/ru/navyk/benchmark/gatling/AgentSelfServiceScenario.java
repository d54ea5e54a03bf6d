package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Optional;

/**
 * The shift-start storm's shape until the knowledge base lands (issue 8, scenario 1): {@value #USERS} different
 * agents at once, each with their own token, asking who they are ({@code GET /api/me}) and for their progress against
 * their position's profile ({@code GET /api/evidence/progress?person=<self>}, read from ~50 ratings), back to back.
 * The storm scenario proper (open the pending change, acknowledge it) replaces or joins this one as its own class.
 */
public final class AgentSelfServiceScenario implements BenchmarkScenario {

    public static final String NAME = "agent-self-service";
    /** Concurrent agents, as in the storm. */
    static final int USERS = 50;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/me + GET /api/evidence/progress?person=<self>, " + USERS + " concurrent agents (tokens)";
    }

    @Override
    public int users() {
        return USERS;
    }

    @Override
    public Callers.Kind callers() {
        return Callers.Kind.AGENTS;
    }

    @Override
    public Optional<String> comparedWithFloor() {
        return Optional.of(FloorScenario.NAME);
    }

    @Override
    public ChainBuilder iteration(ScenarioContext context) {
        return exec(http("me").get("/api/me").header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http("progress").get("/api/evidence/progress?person=#{personId}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)));
    }
}
