package ru.navyk.api.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.Api.Reply;
import tools.jackson.databind.JsonNode;

/**
 * Authentication of the API (Basic with lockout, personal tokens, nothing without credentials) and administrators'
 * account management. Every test works on accounts of its own.
 */
class AccountsApiIT {

    private static Organisation org;

    @BeforeAll
    static void seed() {
        org = Organisation.get();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/me", "/api/me/tokens", "/api/people", "/api/people/1", "/api/teams",
            "/api/departments", "/api/accounts/1", "/api/mentorships/1"})
    void withoutCredentialsTheApiAsksForThem(String path) {
        Reply reply = Api.anonymous(org.portal).get(path);

        assertEquals(401, reply.status(), reply.toString());
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic realm=\"Navyk\""),
                reply.header("WWW-Authenticate").toString());
    }

    @Test
    void wrongCredentialsAreRefused() {
        Account account = newAccount("wrong", "AGENT");
        Reply wrongPassword = Api.basic(org.portal, account.username(), "not-the-password").get("/api/me");
        Reply unknownUser = Api.basic(org.portal, Organisation.unique("nobody"), "whatever-1234").get("/api/me");
        Reply unknownToken = Api.bearer(org.portal, "nvk_" + "x".repeat(40)).get("/api/me");
        Reply notAToken = Api.bearer(org.portal, "admin").get("/api/me");

        for (Reply reply : List.of(wrongPassword, unknownUser, unknownToken, notAToken)) {
            assertEquals(401, reply.status(), reply.toString());
            assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        Account account = newAccount("lock", "AGENT");
        Api wrong = Api.basic(org.portal, account.username(), account.password() + "-wrong");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, wrong.get("/api/me").status(), "wrong password, attempt " + attempt);
        }
        Reply rightButLocked = account.basic().get("/api/me");
        JsonNode locked = org.admin.get("/api/accounts/" + account.id()).expect(200);
        JsonNode unlocked = org.admin.post("/api/accounts/" + account.id() + "/unlock", null).expect(200);
        JsonNode me = account.basic().get("/api/me").expect(200);

        assertEquals(401, rightButLocked.status(), "the sixth attempt, with the right password");
        assertTrue(locked.get("locked").asBoolean());
        assertFalse(unlocked.get("locked").asBoolean());
        assertEquals(account.username(), me.get("username").asString());
    }

    @Test
    void aNewAccountGetsAGeneratedPasswordShownOnce() {
        long person = hire();
        String username = Organisation.unique("new");

        Reply created = org.admin.post("/api/people/" + person + "/account",
                object("username", username.toUpperCase(), "roles", List.of("AGENT", "MENTOR")));

        JsonNode body = created.expect(201);
        long id = body.get("account").get("id").asLong();
        String password = body.get("password").asString();
        assertEquals(org.portal.uri("/api/accounts/" + id).toString(), created.header("Location").orElseThrow());
        assertEquals(username, body.get("account").get("username").asString());
        assertEquals(List.of("MENTOR", "AGENT"), strings(body.get("account").get("roles")));
        assertEquals(14, password.length());
        JsonNode me = Api.basic(org.portal, username, password).get("/api/me").expect(200);
        assertEquals(person, me.get("personId").asLong());
        assertFalse(org.admin.get("/api/accounts/" + id).expect(200).has("password"));
    }

    @Test
    void accountRulesNameTheField() {
        long person = hire();
        Account existing = newAccount("taken", "AGENT");

        JsonNode taken = org.admin.post("/api/people/" + person + "/account",
                object("username", existing.username(), "roles", List.of("AGENT"))).expect(400);
        JsonNode invalid = org.admin.post("/api/people/" + person + "/account",
                object("username", "Имя с пробелами", "roles", List.of("AGENT"))).expect(400);
        JsonNode shortPassword = org.admin.post("/api/people/" + person + "/account",
                object("username", Organisation.unique("short"), "roles", List.of("AGENT"), "password", "short"))
                .expect(400);
        JsonNode second = org.admin.post("/api/people/" + existing.personId() + "/account",
                object("username", Organisation.unique("second"), "roles", List.of("AGENT"))).expect(400);
        JsonNode unknownRole = org.admin.post("/api/people/" + person + "/account",
                object("username", Organisation.unique("role"), "roles", List.of("KING"))).expect(400);

        assertEquals("username", taken.get("field").asString());
        assertEquals("rule.username.taken", taken.get("code").asString());
        assertEquals("rule.username.invalid", invalid.get("code").asString());
        assertEquals("password", shortPassword.get("field").asString());
        assertEquals("Пароль должен быть не короче 10 символов.", shortPassword.get("message").asString());
        assertEquals("rule.account.exists", second.get("code").asString());
        assertEquals("api.unreadableBody", unknownRole.get("code").asString());
    }

    @Test
    void rolesChangeWithTheCurrentVersionAndApplyAtOnce() {
        Account account = newAccount("roles", "AGENT");
        long version = org.admin.get("/api/accounts/" + account.id()).expect(200).get("version").asLong();

        JsonNode changed = org.admin.put("/api/accounts/" + account.id() + "/roles",
                object("version", version, "roles", List.of("AGENT", "MANAGER"))).expect(200);
        JsonNode stale = org.admin.put("/api/accounts/" + account.id() + "/roles",
                object("version", version, "roles", List.of("ADMIN"))).expect(409);

        assertEquals(List.of("MANAGER", "AGENT"), strings(changed.get("roles")));
        assertEquals("api.conflict", stale.get("code").asString());
        assertEquals(List.of("MANAGER", "AGENT"),
                strings(account.basic().get("/api/me").expect(200).get("roles")));
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        Account account = newAccount("reset", "AGENT");

        String password = org.admin.post("/api/accounts/" + account.id() + "/reset-password", null).expect(200)
                .get("password").asString();

        assertEquals(401, account.basic().get("/api/me").status());
        assertEquals(account.username(), Api.basic(org.portal, account.username(), password).get("/api/me")
                .expect(200).get("username").asString());
    }

    @Test
    void aDeactivatedAccountCannotLogInWithPasswordOrToken() {
        Account account = newAccount("off", "AGENT");
        Api token = Api.bearer(org.portal, account.basic().post("/api/me/tokens", object("name", "script"))
                .expect(201).get("token").asString());
        long version = org.admin.get("/api/accounts/" + account.id()).expect(200).get("version").asLong();

        JsonNode deactivated = org.admin.post("/api/accounts/" + account.id() + "/deactivate",
                object("version", version)).expect(200);
        int withPassword = account.basic().get("/api/me").status();
        int withToken = token.get("/api/me").status();
        org.admin.post("/api/accounts/" + account.id() + "/reactivate",
                object("version", deactivated.get("version").asLong())).expect(200);

        assertFalse(deactivated.get("active").asBoolean());
        assertEquals(401, withPassword);
        assertEquals(401, withToken);
        account.basic().get("/api/me").expect(200);
        token.get("/api/me").expect(200);
    }

    @Test
    void deactivatingAPersonDeactivatesTheirAccount() {
        Account account = newAccount("leaver", "AGENT");
        long version = org.admin.get("/api/people/" + account.personId()).expect(200).get("version").asLong();

        org.caller("hr").post("/api/people/" + account.personId() + "/deactivate", object("version", version))
                .expect(200);

        assertEquals(401, account.basic().get("/api/me").status());
        assertFalse(org.admin.get("/api/accounts/" + account.id()).expect(200).get("active").asBoolean());
    }

    @Test
    void aPersonalTokenWorksUntilItsOwnerRevokesIt() {
        Account owner = newAccount("owner", "AGENT");
        Account stranger = newAccount("stranger", "MENTOR");

        Reply created = owner.basic().post("/api/me/tokens", object("name", "Отчеты"));
        JsonNode token = created.expect(201);
        long id = token.get("id").asLong();
        String secret = token.get("token").asString();
        Api bearer = Api.bearer(org.portal, secret);

        assertTrue(secret.startsWith("nvk_"), secret);
        assertEquals(secret.substring(0, 8), token.get("prefix").asString());
        assertEquals(org.portal.uri("/api/me/tokens/" + id).toString(), created.header("Location").orElseThrow());
        assertEquals(owner.username(), bearer.get("/api/me").expect(200).get("username").asString());
        Reply listed = owner.basic().get("/api/me/tokens");
        assertEquals(List.of(id), ids(listed.expect(200)));
        assertFalse(listed.body().contains(secret), "the token is shown only when created");
        assertEquals("Отчеты", owner.basic().get("/api/me/tokens/" + id).expect(200).get("name").asString());

        Reply strangersRead = stranger.basic().get("/api/me/tokens/" + id);
        Reply strangersRevoke = stranger.basic().delete("/api/me/tokens/" + id);
        Reply strangersMissing = stranger.basic().delete("/api/me/tokens/999999999");
        assertEquals(404, strangersRead.status());
        assertEquals(404, strangersRevoke.status());
        assertEquals(strangersMissing.body(), strangersRevoke.body());
        assertEquals(List.of(), ids(stranger.basic().get("/api/me/tokens").expect(200)));
        assertEquals(200, bearer.get("/api/me").status(), "a stranger cannot revoke it");

        assertEquals(204, owner.basic().delete("/api/me/tokens/" + id).status());
        assertEquals(401, bearer.get("/api/me").status());
        JsonNode revoked = owner.basic().get("/api/me/tokens/" + id).expect(200);
        assertTrue(revoked.has("revokedAt"));
        assertTrue(revoked.has("lastUsedAt"));
    }

    @Test
    void aTokenNeedsAName() {
        JsonNode error = org.caller("agent1").post("/api/me/tokens", object("name", " ")).expect(400);

        assertEquals("name", error.get("field").asString());
        assertEquals("rule.required", error.get("code").asString());
    }

    /** An account of a person of no team, so the shared organisation's lists stay as they are. */
    private record Account(long id, long personId, String username, String password, Api basic) {
    }

    private static Account newAccount(String prefix, String... roles) {
        long person = hire();
        String username = Organisation.unique(prefix);
        String password = "Pass-" + username;
        long id = org.admin.post("/api/people/" + person + "/account",
                object("username", username, "roles", List.of(roles), "password", password)).expect(201)
                .get("account").get("id").asLong();
        return new Account(id, person, username, password, Api.basic(org.portal, username, password));
    }

    private static long hire() {
        return org.admin.post("/api/people", org.personForm("Учетов", Organisation.email("account"), null))
                .expect(201).get("id").asLong();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
