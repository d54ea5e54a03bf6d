package ru.navyk.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.navyk.infrastructure.demo.DemoAccounts.DemoAccount;
import ru.navyk.infrastructure.security.FirstAdministrator;
import ru.navyk.testsupport.PortalServer;

/**
 * The demo centre on the shared test portal, which starts with {@code NAVYK_DEMO=true} on an empty database: every
 * account README.md documents logs in through the login form with the published password and finds its own person
 * and team, the former employee cannot log in, and the first administrator keeps the password configured for it.
 */
class DemoOrganisationIT {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' content security policy: a browser posts the page's script nonce back with the form. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    private static PortalServer portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalServer.get();
    }

    static Stream<DemoAccount> documentedAccounts() {
        return DemoAccounts.DOCUMENTED.stream();
    }

    @ParameterizedTest
    @MethodSource("documentedAccounts")
    void documentedAccountLogsInAndSeesItsOwnRecordInTheDemo(DemoAccount account) {
        Session session = new Session();

        HttpResponse<String> login = session.login(account.username(), DemoAccounts.PASSWORD);

        assertEquals(302, login.statusCode(), account.username());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/me/index.xhtml"));
        String me = session.get("/me/index.xhtml").body();
        assertTrue(me.contains("id=\"me-username\">" + account.username() + "<"), account.username());
        assertTrue(me.contains("id=\"demo-badge\""), "the demo badge shows");
        assertTrue(me.contains(">" + account.fullName() + "<"), account.fullName());
        assertTrue(me.contains("id=\"person-team\">" + account.team() + "<"), account.team());
        assertTrue(me.contains("@demo.navyk.ru"), "the person's e-mail");
    }

    @Test
    void theFormerEmployeesAccountIsDeactivated() {
        HttpResponse<String> login = new Session().login(DemoAccounts.FORMER_EMPLOYEE, DemoAccounts.PASSWORD);

        assertEquals(200, login.statusCode(), "the login form again, with an error");
        assertTrue(login.body().contains("id=\"login:username\""));
    }

    @Test
    void theFirstAdministratorKeepsItsOwnPassword() {
        Session session = new Session();

        assertEquals(200, session.login(FirstAdministrator.USERNAME, DemoAccounts.PASSWORD).statusCode());
        HttpResponse<String> login = session.login(FirstAdministrator.USERNAME, PortalServer.ADMIN_PASSWORD);
        assertEquals(302, login.statusCode());
        String me = session.get("/me/index.xhtml").body();
        assertTrue(me.contains("id=\"me-username\">" + FirstAdministrator.USERNAME + "<"));
        assertFalse(me.contains("id=\"person-team\""), "the first administrator is no person of the demo centre");
    }

    /**
     * A browser-like session: cookies kept, redirects not followed, the login form posted with its view state and
     * the CSP nonce that PrimeFaces' script adds on submit (without it, re-rendering the form after a failed login
     * is refused).
     */
    private static final class Session {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(portal.uri(path)).header("Accept", "text/html").GET());
        }

        HttpResponse<String> login(String username, String password) {
            String form = get("/login.xhtml").body();
            Matcher viewState = VIEW_STATE.matcher(form);
            assertTrue(viewState.find(), "the login page carries a JSF view state");
            Matcher nonce = NONCE.matcher(form);
            assertTrue(nonce.find(), "the login page carries a CSP nonce");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:username", username);
            fields.put("login:password", password);
            fields.put("login:submit", "");
            fields.put("jakarta.faces.ViewState", viewState.group(1));
            fields.put("primefaces.nonce", nonce.group(1));
            URI uri = portal.uri("/login.xhtml");
            return send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(Map<String, String> fields) {
            return fields.entrySet().stream()
                    .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
