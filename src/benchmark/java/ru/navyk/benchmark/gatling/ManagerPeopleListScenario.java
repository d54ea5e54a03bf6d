package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Optional;
import ru.navyk.benchmark.sql.PeopleListSql;

/**
 * A manager's view of their people, the shape of the team matrix (issue 8, scenario 2) until it lands:
 * {@value #USERS} different team supervisors at once, each listing the first page of the people they may see
 * ({@code GET /api/people?first=0&max=50}: scope, page and count in the database). Compared with the same page as raw
 * SQL ({@link PeopleListSql}).
 */
public final class ManagerPeopleListScenario implements BenchmarkScenario {

    public static final String NAME = "manager-people-list";
    static final int USERS = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/people?first=0&max=50, " + USERS + " concurrent team supervisors (tokens)";
    }

    @Override
    public int users() {
        return USERS;
    }

    @Override
    public Callers.Kind callers() {
        return Callers.Kind.MANAGERS;
    }

    @Override
    public Optional<String> rawSql() {
        return Optional.of(PeopleListSql.NAME);
    }

    @Override
    public ChainBuilder iteration(ScenarioContext context) {
        return exec(http("people").get("/api/people?first=0&max=50").header("Authorization", "Bearer #{token}")
                .check(status().is(200)));
    }
}
