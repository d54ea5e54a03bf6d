package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Optional;
import ru.navyk.benchmark.sql.TeamMatrixSql;

/**
 * Scenario 2, the manager's team matrix: {@value #USERS} managers at once, each opening the first page of 50 of
 * their matrix ({@code GET /api/qualification/matrix?first=0&max=50}: people × the labor functions of their job
 * profile, coloured by proficiency from the evidence, with held levels and readiness). The managers are heads of
 * service departments, whose matrix holds their ten teams (about 150 people), so the page is full. Compared with
 * the raw SQL the same page needs ({@link TeamMatrixSql}).
 */
public final class TeamMatrixScenario implements BenchmarkScenario {

    public static final String NAME = "team-matrix";
    static final int USERS = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/qualification/matrix?first=0&max=50, " + USERS + " concurrent heads of departments (tokens)";
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
    public Optional<String> rawSql() {
        return Optional.of(TeamMatrixSql.NAME);
    }

    @Override
    public ChainBuilder iteration(ScenarioContext context) {
        return exec(http("matrix").get("/api/qualification/matrix?first=0&max=50")
                .header("Authorization", "Bearer #{token}").check(status().is(200)));
    }
}
