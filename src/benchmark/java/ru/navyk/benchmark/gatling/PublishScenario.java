package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Scenario 4, publishing a change to everyone: one HR officer revises an article ({@code GET} it for its version,
 * {@code PUT} a major revision) and asks every holder of the operator profile, i.e. every agent of the centre, to
 * acknowledge it ({@code POST /api/kb/articles/{id}/campaigns}, audience JOB_PROFILE). Each iteration takes the next
 * article of the generator's {@code users/articles.csv} (articles with nothing pending). Target: the publication
 * under 2 s at M. Runs at L too.
 */
public final class PublishScenario implements BenchmarkScenario {

    public static final String NAME = "publish-to-all";
    /** Publishing is rare and heavy: a few publications measure it. */
    static final int MAX_ITERATIONS = 5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/kb/articles/{id}, PUT (major revision), POST …/campaigns to the operator profile; one HR"
                + " officer (token)";
    }

    @Override
    public int users() {
        return 1;
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
    public ChainBuilder iteration(ScenarioContext context) {
        String deadline = LocalDate.now().plusDays(30).toString();
        // The warm-up and the measured run revise the same articles: a text unchanged since the last revision makes
        // no new revision, and a campaign for a revision everyone already owes asks nobody (refused with 400).
        String run = Instant.now().toString();
        return feed(csv(context.usersDir().resolve("articles.csv").toString()).queue())
                .exec(http("article").get("/api/kb/articles/#{articleId}").header("Authorization", "Bearer #{token}")
                        .check(status().is(200), jsonPath("$.version").saveAs("version"),
                                jsonPath("$.title").saveAs("title")))
                .exec(http("revise").put("/api/kb/articles/#{articleId}").header("Authorization", "Bearer #{token}")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"version\": #{version}, \"title\": \"#{title}\", \"body\": \"# #{title}"
                                + "\\n\\nНовый порядок действий, опубликован при нагрузочном тесте " + run + ".\", \"summary\":"
                                + " \"Новый порядок действий\", \"major\": true, \"tags\": [\"памятка\"],"
                                + " \"links\": []}"))
                        .check(status().is(200)))
                .exec(http("publish").post("/api/kb/articles/#{articleId}/campaigns")
                        .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                        .body(StringBody("{\"audienceKind\": \"JOB_PROFILE\", \"audienceValues\": [\"#{profileId}\"],"
                                + " \"deadline\": \"" + deadline + "\", \"questions\": []}"))
                        .check(status().is(201)));
    }
}
