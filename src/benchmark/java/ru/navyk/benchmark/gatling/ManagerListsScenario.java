package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * Not one of the scenarios: a manager's lists, each limited to the people of their scope inside the SQL
 * ({@code ScopeCondition}). {@value #USERS} heads of service departments (ten teams, about 150 people) at once, each
 * opening the first page of their directory with its count, their running probations and their people's current
 * mentorships. Measured so that the scope's cost is seen growing (or not) with the centre: before the fifth round
 * of tuning it was a sub-select Derby ran once per person of the centre.
 */
public final class ManagerListsScenario implements BenchmarkScenario {

    public static final String NAME = "manager-lists";
    static final int USERS = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/people?first=0&max=50, GET /api/probation, GET /api/mentorships; " + USERS
                + " concurrent heads of departments (tokens)";
    }

    @Override
    public int users() {
        return USERS;
    }

    @Override
    public Callers.Kind callers() {
        return Callers.Kind.DEPARTMENT_HEADS;
    }

    @Override
    public ChainBuilder iteration(ScenarioContext context) {
        return exec(http("directory").get("/api/people?first=0&max=50")
                .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http("probations").get("/api/probation")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http("mentorships").get("/api/mentorships")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)));
    }
}
