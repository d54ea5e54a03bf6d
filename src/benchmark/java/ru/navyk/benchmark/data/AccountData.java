package ru.navyk.benchmark.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import ru.navyk.benchmark.data.CentrePlan.PersonPlan;
import ru.navyk.benchmark.data.CentrePlan.TeamPlan;

/**
 * An account for every person (login {@code b000001}…, the roles of their job, the password of the benchmark
 * portal's {@code admin}, hashed once by the portal itself) and one personal API token each. The benchmark callers
 * use the tokens: HTTP Basic costs a full PBKDF2 verification per request by design, which would measure the hash
 * rather than the views. The tokens are written to {@code users/agents.csv} and {@code users/managers.csv} for the
 * load scenarios; they are as public as the generator, so a generated database is never a real one.
 */
final class AccountData implements FeatureData {

    static final String TOKEN_NAME = "benchmark";

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public void write(Generation g) throws SQLException {
        Random random = g.random(name());
        CentrePlan plan = g.plan();
        List<String> tokens = new ArrayList<>();
        // Accounts first, all of them: roles and tokens point at them, and batches of different tables are sent
        // independently.
        try (BatchInsert account = new BatchInsert(g.connection(), "account", "id", "row_version", "username",
                "password_hash", "person_id", "active", "failed_logins", "language")) {
            for (PersonPlan p : plan.persons) {
                account.row(g.accountId(p.index()), 0L, PeopleData.username(p.index()), g.passwordHash(),
                        g.personId(p.index()), p.active(), 0, "ru");
            }
            g.counted(account);
        }
        try (BatchInsert role = new BatchInsert(g.connection(), "account_role", "account_id", "role");
             BatchInsert token = new BatchInsert(g.connection(), "api_token", "id", "account_id", "name",
                     "token_hash", "token_prefix", "created_at")) {
            for (PersonPlan p : plan.persons) {
                long accountId = g.accountId(p.index());
                for (Kind.Role r : p.kind().roles) {
                    role.row(accountId, r.name());
                }
                String secret = "nvk_" + PeopleData.username(p.index()) + "_"
                        + HexFormat.of().formatHex(randomBytes(random, 12));
                tokens.add(secret);
                token.row(g.nextId("api_token"), accountId, TOKEN_NAME, sha256(secret), secret.substring(0, 8),
                        Instant.from(plan.asOf.atStartOfDay(ZoneOffset.UTC)));
            }
            g.counted(role);
            g.counted(token);
        }
        writeCallers(g, tokens, random);
    }

    /**
     * The callers of the load scenarios: active operators in a seeded random order, the team supervisors, the heads
     * of the service departments and HR.
     */
    private static void writeCallers(Generation g, List<String> tokens, Random random) {
        CentrePlan plan = g.plan();
        List<String> agents = new ArrayList<>();
        for (PersonPlan p : plan.persons) {
            if (p.active() && p.kind().isOperator()) {
                agents.add(PeopleData.username(p.index()) + "," + tokens.get(p.index()) + ","
                        + g.personId(p.index()));
            }
        }
        Collections.shuffle(agents, random);
        List<String> managers = new ArrayList<>();
        for (TeamPlan t : plan.teams.subList(1, plan.teams.size())) {
            managers.add(PeopleData.username(t.supervisor()) + "," + tokens.get(t.supervisor()) + ","
                    + g.personId(t.supervisor()) + "," + g.teamId(t.index()));
        }
        Collections.shuffle(managers, random);
        // Heads of the service departments: a manager whose matrix holds the ten teams of their department.
        List<String> heads = new ArrayList<>();
        for (CentrePlan.DepartmentPlan d : plan.departments) {
            if (d.parent() >= 0 && d.head() >= 0) {
                heads.add(PeopleData.username(d.head()) + "," + tokens.get(d.head()) + "," + g.personId(d.head())
                        + "," + g.departmentId(d.index()));
            }
        }
        List<String> hr = new ArrayList<>();
        for (PersonPlan p : plan.persons) {
            if (p.kind() == Kind.HR) {
                hr.add(PeopleData.username(p.index()) + "," + tokens.get(p.index()) + "," + g.personId(p.index()));
            }
        }
        try {
            heads.add(0, "username,token,personId,departmentId");
            hr.add(0, "username,token,personId");
            Files.createDirectories(g.usersDir());
            Files.write(g.usersDir().resolve("heads.csv"), heads, StandardCharsets.UTF_8);
            Files.write(g.usersDir().resolve("hr.csv"), hr, StandardCharsets.UTF_8);
            Files.createDirectories(g.usersDir());
            agents.add(0, "username,token,personId");
            managers.add(0, "username,token,personId,teamId");
            Files.write(g.usersDir().resolve("agents.csv"), agents, StandardCharsets.UTF_8);
            Files.write(g.usersDir().resolve("managers.csv"), managers, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** As the portal stores tokens (AccountService): the hex SHA-256 of the token's UTF-8 bytes. */
    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
