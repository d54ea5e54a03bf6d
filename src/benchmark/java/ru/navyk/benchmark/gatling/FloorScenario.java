package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * Scenario 5, the floor: the same server answering {@code GET /api/ping} (no database, no session) under the storm's
 * load shape, in the same run. Whatever the portal's views reach is compared with this ceiling, which is the server,
 * the network stack and the load tool, and none of Navyk's work.
 */
public final class FloorScenario implements BenchmarkScenario {

    public static final String NAME = "floor";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/ping (204, no database, no session), " + users() + " concurrent anonymous users";
    }

    @Override
    public int users() {
        return ShiftStartStormScenario.USERS;
    }

    @Override
    public Callers.Kind callers() {
        return Callers.Kind.NONE;
    }

    @Override
    public ChainBuilder iteration(ScenarioContext context) {
        return exec(http("ping").get("/api/ping").check(status().is(204)));
    }
}
