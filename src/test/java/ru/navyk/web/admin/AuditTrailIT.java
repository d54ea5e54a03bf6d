package ru.navyk.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.Http;
import ru.navyk.testsupport.PortalServer;

/**
 * An administrator reads the audit trail in a real browser: finds the creation of their own account, filters by who
 * and by text, pages through, and exports what the filters select as CSV. Other tests share the portal and may add
 * entries, so every assertion looks at entries this class can single out.
 */
class AuditTrailIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Unique per run, in the names of the tokens this class creates, so a text filter finds exactly those. */
    private static final String MARK = "audit-it-" + new Random().ints(6, 'a', 'z' + 1)
            .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    private static final int TOKENS = 26;
    private static final By ROWS = By.cssSelector("[id='results:entries'] tbody tr[data-ri]");

    private static PortalServer portal;
    private static WebDriver browser;

    @BeforeAll
    static void logInAndMakeHistory() {
        portal = PortalServer.get();
        browser = Browser.open();
        browser.get(portal.uri("/login.xhtml").toString());
        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(PortalServer.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("me-username")));
        for (int i = 1; i <= TOKENS; i++) {
            WebElement name = browser.findElement(By.id("tokens:tokenName"));
            name.clear();
            name.sendKeys(MARK + "-" + i);
            browser.findElement(By.id("tokens:create")).click();
            Browser.awaitAjax(browser);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorFindsTheCreationOfTheirOwnAccountBySystem() {
        openTrail();
        assertTrue(total() >= 2 + TOKENS, "total " + total());

        type("audit:actor", "system");
        ((JavascriptExecutor) browser).executeScript("PF('auditType').selectValue('Account')");
        type("audit:text", "admin");
        search();

        List<WebElement> rows = browser.findElements(ROWS);
        assertTrue(rows.stream().anyMatch(row -> cell(row, "audit-actor").equals("system")
                && cell(row, "audit-action").equals("Создание")
                && cell(row, "audit-type").equals("Учетная запись")
                && cell(row, "audit-label").equals("admin")
                && cell(row, "audit-field").equals("Имя пользователя")
                && cell(row, "audit-new").equals("admin")), () -> texts(rows));
        assertTrue(rows.stream().allMatch(row -> cell(row, "audit-actor").equals("system")), () -> texts(rows));
    }

    @Test
    void filtersByWhoAndTextAndPagesThroughTheResult() {
        openTrail();
        type("audit:actor", "ADMIN");
        type("audit:text", MARK);
        search();

        assertEquals(TOKENS, total());
        List<WebElement> firstPage = browser.findElements(ROWS);
        assertEquals(25, firstPage.size());
        assertEquals(MARK + "-" + TOKENS, cell(firstPage.get(0), "audit-new"), "newest first");
        assertEquals("API-токен", cell(firstPage.get(0), "audit-type"));
        assertEquals("Название", cell(firstPage.get(0), "audit-field"));
        assertTrue(cell(firstPage.get(0), "audit-time").matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d"));

        browser.findElement(By.cssSelector("[id='results:entries'] .ui-paginator-next")).click();
        Browser.waiting(browser).until(d -> d.findElements(ROWS).size() == 1);
        assertEquals(MARK + "-1", cell(browser.findElement(ROWS), "audit-new"), "oldest last");

        new Select(browser.findElement(By.cssSelector("[id='results:entries'] select.ui-paginator-rpp-options")))
                .selectByValue("50");
        Browser.waiting(browser).until(d -> d.findElements(ROWS).size() == TOKENS);
    }

    @Test
    void aTextWithWildcardsOrDatesOutsideTheEntriesFindsNothing() {
        openTrail();
        type("audit:text", MARK.replace("-it-", "%it_"));
        search();
        assertEmpty();

        type("audit:text", MARK);
        date("audit:from_input", LocalDate.now().format(DATE));
        date("audit:to_input", LocalDate.now().format(DATE));
        search();
        assertEquals(TOKENS, total());

        date("audit:from_input", LocalDate.now().plusDays(1).format(DATE));
        date("audit:to_input", "");
        search();
        assertEmpty();
    }

    @Test
    void exportsWhatTheFiltersSelectAsCsvForExcel() throws IOException {
        HttpResponse<byte[]> response = export(Map.of("audit:actor", "admin", "audit:text", MARK));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        byte[] body = response.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]));
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("Время;Кто;Действие;Объект;Идентификатор;Наименование;Поле;Было;Стало\r\n"), csv);
        List<CSVRecord> records = parse(csv);
        assertEquals(1 + TOKENS, records.size());
        CSVRecord newest = records.get(1);
        assertTrue(newest.get(0).matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d"), newest.get(0));
        assertEquals(List.of("admin", "CREATE", "ApiToken"), newest.toList().subList(1, 4));
        assertTrue(newest.get(4).matches("\\d+"), "the token's id: " + newest.get(4));
        assertEquals(List.of("admin", "name", "", MARK + "-" + TOKENS), newest.toList().subList(5, 9));

        String system = new String(export(Map.of("audit:actor", "system", "audit:type_input", "Account",
                "audit:text", "admin")).body(), StandardCharsets.UTF_8);
        assertTrue(parse(system.substring(1)).stream().anyMatch(r -> r.get(1).equals("system")
                && r.get(2).equals("CREATE") && r.get(3).equals("Account") && r.get(5).equals("admin")
                && r.get(6).equals("username") && r.get(8).equals("admin")), system);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        HttpResponse<String> response = Http.get(portal.uri("/admin/audit.xhtml"), "text/html");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                response.headers().toString());
    }

    private static void openTrail() {
        browser.get(portal.uri("/me/index.xhtml").toString());
        browser.findElement(By.id("nav-audit")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-total")));
        assertEquals("Журнал изменений", browser.findElement(By.tagName("h1")).getText());
    }

    private static void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Puts a date into a date picker's field as the form then posts it. Typing it and closing the calendar with Escape
     * (as this test did) left the field empty by the time the form was posted: the portal's log showed the filter bean
     * receiving no date while the text filter typed beside it arrived, in one and the same view-scoped bean.
     */
    private static void date(String id, String text) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, text);
    }

    private static void search() {
        browser.findElement(By.id("audit:search")).click();
        Browser.awaitAjax(browser);
    }

    private static long total() {
        return Long.parseLong(browser.findElement(By.id("audit-total")).getText().replaceAll("\\D", ""));
    }

    private static void assertEmpty() {
        assertEquals(0, total());
        assertEquals(List.of(), browser.findElements(ROWS));
        assertEquals("Записей не найдено. Измените фильтры.", browser.findElement(
                By.cssSelector("[id='results:entries'] .ui-datatable-empty-message")).getText());
    }

    private static String cell(WebElement row, String styleClass) {
        List<WebElement> found = row.findElements(By.className(styleClass));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    private static String texts(List<WebElement> rows) {
        return rows.stream().map(WebElement::getText).collect(Collectors.joining("\n"));
    }

    /**
     * Posts the filter form with the export button, as the browser does, in the browser's session: the page first, for
     * its view state, then the form. All the browser's cookies go along and the answers' cookies are kept, as a
     * browser keeps them: a distributable session also carries its version in a cookie of its own.
     */
    private static HttpResponse<byte[]> export(Map<String, String> filters) {
        CookieManager cookies = new CookieManager();
        for (org.openqa.selenium.Cookie cookie : browser.manage().getCookies()) {
            HttpCookie copy = new HttpCookie(cookie.getName(), cookie.getValue());
            copy.setPath("/");
            copy.setVersion(0);
            cookies.getCookieStore().add(portal.baseUri(), copy);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies)
                .build();
        try {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(portal.uri("/admin/audit.xhtml"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page.body());
            assertTrue(viewState.find(), page.body());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("audit", "audit");
            form.putAll(filters);
            form.put("audit:export", "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            URI action = portal.uri("/admin/audit.xhtml");
            return client.send(HttpRequest.newBuilder(action)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';').get().parse(new StringReader(csv))
                .getRecords();
    }
}
