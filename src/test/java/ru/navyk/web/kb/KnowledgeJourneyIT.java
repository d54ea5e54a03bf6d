package ru.navyk.web.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.navyk.testsupport.Api.object;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.BrowserTest;
import ru.navyk.testsupport.PortalServer;

/**
 * The "done when", in the browser: the supervisor edits the tariff article and publishes a major revision to
 * the «Оператор колл-центра» job profile with a two-question quiz and a deadline tomorrow; an agent sees the change on the home page, reads
 * the highlighted difference, fails the quiz once, passes, acknowledges; the supervisor's campaign page shows one
 * done and the rest pending and exports the Excel report. And a hostile article renders harmless.
 */
class KnowledgeJourneyIT extends BrowserTest {

    private static final String TARIFF = "Изменение тарифов «Навык Дом» с 1 июня";
    private static final String OPERATOR_PROFILE = "Оператор колл-центра";

    @Test
    void supervisorPublishesAgentAcknowledgesSupervisorSeesCompletion() throws IOException {
        login.logInAs(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/kb/index.xhtml").toString());
        browser.findElement(By.id("kb:text")).sendKeys("ТАРИФОВ");
        // The search re-renders the list while the link is being found: a stale link is simply found again.
        Browser.waiting(browser).until(d -> {
            d.findElement(By.linkText(TARIFF)).click();
            return true;
        });
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("edit-article"))).click();

        WebElement body = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("article:body")));
        String text = body.getAttribute("value");
        assertTrue(text.contains("| Навык Дом 500 | 750 ₽/мес | 790 ₽/мес |"), text);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", body,
                text.replace("| Навык Дом 500 | 750 ₽/мес | 790 ₽/мес |", "| Навык Дом 500 | 750 ₽/мес | 820 ₽/мес |"));
        browser.findElement(By.id("article:summary")).sendKeys("Навык Дом 500 — 820 ₽ вместо 790 ₽");
        browser.findElement(By.xpath("//*[@id='article:major']//label[starts-with(normalize-space(),'Значительное')]"))
                .click();
        browser.findElement(By.id("article:saveAndPublish")).click();

        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("publish:kind")));
        // Navyk suggests the job profiles that require the article's labor functions; the operators' is among them.
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='publish:kind']//label[normalize-space()='Профили должностей']"))).click();
        Browser.waiting(browser).until(d -> profileBox(OPERATOR_PROFILE).isSelected());
        for (WebElement label : browser.findElements(By.xpath("//*[@id='publish:profiles']//label"))) {
            if (!label.getText().strip().equals(OPERATOR_PROFILE) && profileBox(label.getText().strip()).isSelected()) {
                label.click();
            }
        }
        question(0, "Сколько будет стоить «Навык Дом 500» с 1 июня?", "790 ₽", "820 ₽", "750 ₽", "2");
        question(1, "Меняется ли цена «Навык Дом 1000»?", "Нет", "Да, растёт", "", "1");
        // Typed into, the date picker keeps its old text and opens over the form; the field is set directly.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("publish:deadline_input")),
                LocalDate.now().plusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertTrue(profileBox(OPERATOR_PROFILE).isSelected(), "the operators' profile is chosen");
        browser.findElement(By.id("publish:submit")).click();

        Browser.waiting(browser).until(d -> !d.findElements(By.id("completion")).isEmpty()
                || !d.findElements(By.cssSelector("#publish .ui-messages-error")).isEmpty());
        List<WebElement> refused = browser.findElements(By.cssSelector("#publish .ui-messages-error"));
        assertTrue(refused.isEmpty(), () -> "the publish form refused: " + refused.get(0).getText());
        WebElement completion = browser.findElement(By.id("completion"));
        assertTrue(completion.getText().startsWith("Ознакомились: 0"), completion.getText());
        String campaignUrl = browser.getCurrentUrl().replace("&published=1", "");
        login.logOut();

        login.logInAs(DemoAccounts.AGENT, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/index.xhtml").toString());
        WebElement changes = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("kb-changes")));
        assertTrue(changes.getText().contains("Навык Дом 500 — 820 ₽ вместо 790 ₽"), changes.getText());
        changes.findElement(By.linkText(TARIFF)).click();

        WebElement diff = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("read-diff")));
        List<String> highlighted = diff.findElements(By.cssSelector(".diff-added .diff-changed")).stream()
                .map(WebElement::getText).toList();
        assertTrue(highlighted.contains("820"), highlighted.toString());
        assertFalse(browser.findElement(By.id("acknowledge:submit")).isEnabled(), "the quiz comes first");

        answer("Сколько будет стоить", "790 ₽");
        answer("Меняется ли цена", "Нет");
        browser.findElement(By.id("quiz:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Правильных ответов: 1 из 2"));

        answer("Сколько будет стоить", "820 ₽");
        answer("Меняется ли цена", "Нет");
        browser.findElement(By.id("quiz:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-passed")));
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("acknowledge:submit"))).click();
        WebElement acknowledged = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("acknowledged")));
        assertTrue(acknowledged.getText().startsWith("Вы ознакомились"), acknowledged.getText());
        browser.get(portal.uri("/index.xhtml").toString());
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("kb-changes")));
        assertFalse(browser.findElement(By.id("kb-changes")).getText().contains(TARIFF),
                "the change left the agent's new changes (the demo's other changes stay)");
        login.logOut();

        login.logInAs(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
        browser.get(campaignUrl);
        String summary = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("completion"))).getText();
        assertTrue(summary.startsWith("Ознакомились: 1, ожидают: "), summary);
        int pending = Integer.parseInt(summary.replaceAll("^Ознакомились: 1, ожидают: (\\d+),.*$", "$1"));
        assertTrue(pending > 0, summary);
        assertTrue(browser.findElement(By.id("people:obligations")).getText().contains("Кузнецов Алексей Викторович"));

        List<Row> rows = downloadExcel();
        assertEquals(1 + pending + 2, rows.size(), "title, header, one row per person");
        assertEquals(1, rows.stream().filter(r -> "Ознакомлен(а)".equals(r.getCellText(5))).count());
        assertEquals(pending, rows.stream().filter(r -> "Ожидает".equals(r.getCellText(5))).count());
        assertTrue(rows.stream().anyMatch(r -> r.getCellText(0).equals("Кузнецов Алексей Викторович")
                && "2 из 2".equals(r.getCellText(10)) && "2".equals(r.getCellText(9))));
    }

    @Test
    void hostileArticleRendersHarmlessInTheBrowser() {
        Api admin = Api.basic(portal, "admin", PortalServer.ADMIN_PASSWORD);
        long id = admin.post("/api/kb/articles", object("title", "Проверка безопасности отображения",
                "summary", "x", "body", """
                        Безопасный текст.

                        <script>window.navykXss = 1; alert('xss')</script>
                        <img src="x" onerror="window.navykXss = 2">

                        [нажми](javascript:window.navykXss=3) <a href="javascript:alert(4)" onclick="alert(5)">ещё</a>
                        <div onmouseover="window.navykXss = 6">наведи</div><iframe src="javascript:alert(7)"></iframe>
                        """)).expect(201).get("id").asLong();
        login.logInAs(DemoAccounts.AGENT, DemoAccounts.PASSWORD);

        browser.get(portal.uri("/kb/article.xhtml?id=" + id).toString());
        WebElement article = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("article-body")));
        for (WebElement link : article.findElements(By.tagName("a"))) {
            String href = link.getAttribute("href");
            assertTrue(href == null || href.isEmpty() || href.startsWith("http"), "a link goes nowhere harmful: "
                    + href);
        }

        assertTrue(article.getText().contains("Безопасный текст."));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(Boolean.TRUE, js.executeScript("return typeof window.navykXss === 'undefined'"));
        assertEquals(0L, js.executeScript("return document.querySelectorAll('#article-body script, #article-body"
                + " iframe, #article-body [onerror], #article-body [onclick], #article-body [onmouseover],"
                + " #article-body a[href^=\"javascript\"]').length"));
        assertTrue(article.getText().contains("<script>"), "hostile markup is shown as text");
    }

    /** The checkbox of a job profile in the publish form's audience. */
    private WebElement profileBox(String title) {
        return browser.findElement(By.id(browser.findElement(By.xpath("//*[@id='publish:profiles']//label"
                + "[normalize-space()='" + title + "']")).getAttribute("for")));
    }

    private void question(int index, String text, String option1, String option2, String option3, String correct) {
        browser.findElement(By.cssSelector("[id$=':" + index + ":question']")).sendKeys(text);
        browser.findElement(By.cssSelector("[id$=':" + index + ":o1']")).sendKeys(option1);
        browser.findElement(By.cssSelector("[id$=':" + index + ":o2']")).sendKeys(option2);
        if (!option3.isEmpty()) {
            browser.findElement(By.cssSelector("[id$=':" + index + ":o3']")).sendKeys(option3);
        }
        String menu = browser.findElement(By.cssSelector("div[id$=':" + index + ":correct']")).getAttribute("id");
        browser.findElement(By.id(menu)).click();
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + menu + "_panel'] li[data-label='" + correct + "']"))).click();
    }

    private void answer(String question, String option) {
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.xpath("//fieldset[legend[contains("
                + "., '" + question + "')]]//label[normalize-space()='" + option + "']"))).click();
    }

    private List<Row> downloadExcel() throws IOException {
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("navyk.it.dir", "target/it")), "download");
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", folder.toAbsolutePath().toString()));
        browser.findElement(By.id("actions:exportXlsx")).click();
        Path file = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            return workbook.getFirstSheet().read();
        }
    }
}
