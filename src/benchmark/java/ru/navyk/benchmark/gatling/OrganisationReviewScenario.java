package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.Optional;
import ru.navyk.benchmark.sql.OrganisationReviewSql;

/**
 * Scenario 3, the organisation-wide review: {@value #USERS} HR officers at once, each opening the qualification
 * overview of the whole centre ({@code GET /api/qualification/organisation}: counts by level and function, the
 * readiness pipeline, overdue upskilling) and downloading it as Excel
 * ({@code GET /api/qualification/organisation/export}), as the page and its export button do. Each is reported on
 * its own (targets: the page under 300 ms and within 3× its raw SQL, {@link OrganisationReviewSql}; the export under
 * 5 s). Runs at L too.
 */
public final class OrganisationReviewScenario implements BenchmarkScenario {

    public static final String NAME = "organisation-review";
    static final int USERS = 2;
    /** The view reads everyone: a few iterations measure it. */
    static final int MAX_ITERATIONS = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/qualification/organisation + …/organisation/export (xlsx), " + USERS
                + " concurrent HR officers (tokens)";
    }

    @Override
    public int users() {
        return USERS;
    }

    @Override
    public int iterations(int requests) {
        return Math.min(requests, MAX_ITERATIONS);
    }

    @Override
    public Callers.Kind callers() {
        return Callers.Kind.HR;
    }

    @Override
    public Optional<String> rawSql() {
        return Optional.of(OrganisationReviewSql.NAME);
    }

    @Override
    public ChainBuilder iteration(ScenarioContext context) {
        return exec(http("organisation").get("/api/qualification/organisation")
                .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http("organisation-excel").get("/api/qualification/organisation/export")
                        .header("Authorization", "Bearer #{token}")
                        .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .check(status().is(200)));
    }
}
