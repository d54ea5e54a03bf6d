package ru.navyk.web.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.Http;
import ru.navyk.testsupport.PortalServer;

/** A new user's first journey: find mentoring in the standard and open its labor function, in a real browser. */
class ModelBrowserIT {

    private static PortalServer portal;
    private WebDriver browser;

    @BeforeAll
    static void startPortal() {
        portal = PortalServer.get();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void searchingForMentoringFindsItUnderD035AndOpensTheFunction() {
        browser.get(portal.uri("/").toString());
        browser.findElement(By.id("nav-model")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("filters:search")));
        assertEquals("Модель компетенций", browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.id("filters:search")).sendKeys("наставнич");

        WebElement mentoring = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.item[data-code='D/03.5/LA02']")));
        assertTrue(mentoring.getText().contains("Организация процесса наставничества"), mentoring.getText());
        assertEquals("наставнич", mentoring.findElement(By.tagName("mark")).getText());
        Browser.waiting(browser).until(d -> d.findElements(By.cssSelector(".lf-body[data-code='A/01.3']")).isEmpty());

        browser.findElement(By.cssSelector(".lf-body[data-code='D/03.5'] a.open-function")).click();

        WebElement title = Browser.waiting(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("function-title")));
        assertTrue(title.getText().startsWith("D/03.5"), title.getText());
        assertTrue(browser.findElement(By.cssSelector("li.item[data-code='D/03.5/LA02']")).getText()
                .startsWith("Организация процесса наставничества"));
        List<WebElement> sections = browser.findElements(By.cssSelector("section.card h2.kind-heading"));
        assertEquals(List.of("Трудовые действия", "Необходимые умения", "Необходимые знания"),
                sections.stream().limit(3).map(WebElement::getText).toList());
    }

    @Test
    void aSearchWithoutMatchesSaysSoAndResetBringsEverythingBack() {
        browser.get(portal.uri("/model/index.xhtml").toString());
        browser.findElement(By.id("filters:search")).sendKeys("несуществующее слово");

        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("nothing-found")));

        browser.findElement(By.id("filters:reset")).click();
        Browser.waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("nothing-found")));
        Browser.awaitAjax(browser);
        assertEquals(19, browser.findElements(By.cssSelector(".lf-body")).size());
        assertEquals("", browser.findElement(By.id("filters:search")).getAttribute("value"));
    }

    @Test
    void aSearchCanBeBookmarkedWithRussianTextInTheAddress() {
        browser.get(portal.uri("/model/index.xhtml?q=наставнич").toString());

        assertEquals("наставнич", browser.findElement(By.id("filters:search")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("li.item[data-code='D/03.5/LA02']")).isDisplayed());
    }

    @Test
    void theLevelFilterKeepsOnlyFunctionsOfThatLevel() {
        browser.get(portal.uri("/model/index.xhtml?level=6").toString());

        List<String> codes = browser.findElements(By.cssSelector(".lf-body")).stream()
                .map(e -> e.getAttribute("data-code")).toList();

        assertEquals(List.of("E/01.6", "E/02.6", "E/03.6", "E/04.6"), codes);
    }

    @Test
    void theInterfaceSwitchesToEnglishAndShowsTheUnofficialTranslation() {
        browser.get(portal.uri("/model/function.xhtml?code=A/01.3").toString());

        new Select(browser.findElement(By.id("language:lang"))).selectByValue("en");

        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("nav.site-nav"), "Competency model"));
        Browser.awaitAjax(browser);
        assertTrue(browser.findElement(By.cssSelector("body")).getText().contains("Unofficial translation"));
        assertTrue(browser.findElement(By.cssSelector("li.item[data-code='A/01.3/SK07']")).getText()
                .contains("active listening"));
    }

    @Test
    void anUnknownFunctionIsANotFoundPageThatLeaksNothing() {
        HttpResponse<String> response = Http.get(portal.uri("/model/function.xhtml?code=Z/99.9"), "text/html");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Страница не найдена"), response.body());
        assertFalse(response.body().contains("ru.navyk."), "no class names or stack traces");
    }
}
