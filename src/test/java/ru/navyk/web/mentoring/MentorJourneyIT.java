package ru.navyk.web.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.BrowserTest;

/**
 * The mentor's journey on a phone-width screen (390 px): demo.mentor opens the log from the list of trainees, rates
 * three items the trainee had not reached yet, saves — and the trainee sees the progress bar move by those items.
 */
class MentorJourneyIT extends BrowserTest {

    private static final Pattern ITEMS_MET = Pattern.compile("(\\d+) из (\\d+)");
    private static final List<String> NEW_ITEMS = List.of("A/01.3/KN05", "A/01.3/KN06", "A/01.3/KN07");

    @Test
    void aMentorLogsASessionOnAPhoneAndTheTraineeSeesTheProgressMove() {
        browser.manage().window().setSize(new Dimension(390, 844));
        login.logInAs(DemoAccounts.MENTOR, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/mentoring/index.xhtml").toString());
        WebElement trainee = browser.findElement(By.xpath("//a[contains(@class,'trainee-link')"
                + " and contains(., 'Белов Никита')]"));
        String progressPage = trainee.getAttribute("href");
        browser.get(progressPage);
        int before = itemsMet();

        browser.get(progressPage.replace("/mentoring/progress.xhtml?person=", "/mentoring/log.xhtml?trainee="));
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("log:search")));
        for (String code : NEW_ITEMS) {
            WebElement search = browser.findElement(By.id("log:search"));
            search.clear();
            search.sendKeys(code);
            By independent = By.cssSelector("button[data-code='" + code + "'][data-points='2']");
            Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(independent)).click();
            Browser.awaitAjax(browser);
            Browser.waiting(browser).until(d -> d.findElement(independent).getAttribute("class").contains("chosen"));
        }
        browser.findElement(By.id("log:comment")).sendKeys("Разобрали требования к обработке контактов и ИБ.");
        assertEquals("", overflowing(), "no sideways scrolling at 390 px");
        browser.findElement(By.id("log:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:messages"),
                "Запись сохранена, оценок: 3"));
        login.logOut();

        login.logInAs(DemoAccounts.TRAINEE, DemoAccounts.PASSWORD);
        browser.get(progressPage);
        assertEquals(before + NEW_ITEMS.size(), itemsMet(), "the trainee sees the three items reached");
        assertTrue(browser.findElement(By.id("log-entries")).getText()
                .contains("Разобрали требования к обработке контактов"));
        // The chart's script ran under the content-security policy: Chart.js drew into the widget's canvas.
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("var w = PrimeFaces.widgets"
                + "['widget_chart']; return !!(w && w.chart && w.chart.data.datasets[0].data.length > 0);"));
    }

    private int itemsMet() {
        String text = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("items-met")))
                .getText();
        Matcher matcher = ITEMS_MET.matcher(text);
        assertTrue(matcher.find(), text);
        return Integer.parseInt(matcher.group(1));
    }

    /** The elements reaching beyond the screen's width (empty when the page fits). */
    private String overflowing() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                + "if (document.documentElement.scrollWidth <= w + 1) return '';"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && out.length < 5) out.push(e.tagName + '#' + e.id + '.' + e.className"
                + "      + ' ' + Math.round(r.right)); });"
                + "return out.join('; ') || 'scrollWidth ' + document.documentElement.scrollWidth;");
    }
}
