package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scenario 1, the shift-start storm: {@value #USERS} different agents at once, each opening their pending changes
 * and acknowledging them, one change per iteration, as the home page's «Новые изменения» leads them: the list of
 * their open obligations ({@code GET /api/kb/obligations}), the first one's reading view with its changes since the
 * revision they last read ({@code GET /api/kb/obligations/{id}}), and «ознакомлен(а)»
 * ({@code POST /api/kb/obligations/{id}/acknowledgement}, 201). Every agent has the generator's
 * {@code KnowledgeBaseData.PENDING} changes to read, so each run acknowledges at most {@value #MAX_ITERATIONS} per
 * agent. After the run the database must hold exactly one acknowledgement per acknowledged obligation and exactly the
 * number the agents sent: none lost, none duplicated.
 */
public final class ShiftStartStormScenario implements BenchmarkScenario {

    public static final String NAME = "shift-start-storm";
    /** Concurrent agents. */
    static final int USERS = 50;
    /** Acknowledgements per agent per run: a warm-up and a measured run stay within the changes pending. */
    static final int MAX_ITERATIONS = 20;
    /**
     * The campaigns still open: the generator's pending ones and those the publish scenario added (which an agent's
     * list shows first when their deadline is earlier). Every generated acknowledgement is of a campaign long past its
     * deadline, so what these hold the runs wrote.
     */
    private static final String OPEN_CAMPAIGNS = "SELECT c.id FROM kb_campaign c WHERE c.deadline > CURRENT_DATE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "GET /api/kb/obligations, GET /api/kb/obligations/{first}, POST …/acknowledgement; " + USERS
                + " concurrent agents (tokens)";
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
        return Callers.Kind.AGENTS;
    }

    @Override
    public Optional<String> comparedWithFloor() {
        return Optional.of(FloorScenario.NAME);
    }

    @Override
    public ChainBuilder iteration(ScenarioContext context) {
        return exec(http("my-changes").get("/api/kb/obligations").header("Authorization", "Bearer #{token}")
                .check(status().is(200), jsonPath("$[0].id").saveAs("obligationId")))
                .exec(http("open-change").get("/api/kb/obligations/#{obligationId}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http("acknowledge").post("/api/kb/obligations/#{obligationId}/acknowledgement")
                        .header("Authorization", "Bearer #{token}").check(status().is(201)));
    }

    @Override
    public List<String> checkDatabase(Connection connection, Path usersDir, List<Integer> runs) throws SQLException {
        List<String> problems = new ArrayList<>();
        int perAgent = runs.stream().mapToInt(this::iterations).sum();
        List<Long> agents = Callers.read(usersDir, callers()).stream().limit(USERS)
                .map(c -> Long.parseLong((String) c.get("personId"))).toList();
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM kb_acknowledgement a"
                + " JOIN kb_obligation o ON o.id = a.obligation_id WHERE a.person_id = ? AND o.campaign_id IN ("
                + OPEN_CAMPAIGNS + ")")) {
            for (long agent : agents) {
                count.setLong(1, agent);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) != perAgent) {
                        problems.add("agent " + agent + ": " + rows.getLong(1) + " acknowledgements recorded, "
                                + perAgent + " sent");
                    }
                }
            }
        }
        long duplicated = single(connection, "SELECT COUNT(*) FROM (SELECT a.person_id, a.revision_id FROM"
                + " kb_acknowledgement a GROUP BY a.person_id, a.revision_id HAVING COUNT(*) > 1) d");
        if (duplicated > 0) {
            problems.add(duplicated + " revisions acknowledged more than once by the same person");
        }
        // NOT EXISTS, not NOT IN: PostgreSQL runs a NOT IN sub-select too large to hash once per row (hours at M).
        long lost = single(connection, "SELECT COUNT(*) FROM kb_obligation o WHERE o.status = 'DONE' AND NOT EXISTS"
                + " (SELECT 1 FROM kb_acknowledgement a WHERE a.obligation_id = o.id)");
        if (lost > 0) {
            problems.add(lost + " obligations marked done without an acknowledgement");
        }
        long open = single(connection, "SELECT COUNT(*) FROM kb_acknowledgement a JOIN kb_obligation o"
                + " ON o.id = a.obligation_id WHERE o.status <> 'DONE'");
        if (open > 0) {
            problems.add(open + " acknowledgements whose obligation is not marked done");
        }
        return problems;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
