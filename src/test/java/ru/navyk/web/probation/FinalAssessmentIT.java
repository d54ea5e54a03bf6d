package ru.navyk.web.probation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.BrowserTest;

/**
 * The final assessment (итоговая оценка стажера): demo.supervisor opens a trainee of the sub-team from the probation
 * list, rates every labor function with the mentor's log beside it, passes the trainee and signs; the person page then
 * shows the level held and the new evidence.
 */
class FinalAssessmentIT extends BrowserTest {

    private static final String TRAINEE = "Григорьева Алина Олеговна";

    @Test
    void theSupervisorPassesATraineeAtLevelThreeAndThePersonPageShowsIt() {
        login.logInAs(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/probation/index.xhtml").toString());
        WebElement row = browser.findElement(By.xpath("//table[@id='probations']//tr[contains(., '" + TRAINEE
                + "')]"));
        row.findElement(By.xpath(".//a[contains(@href, 'assessment.xhtml')]")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment:sign")));
        assertTrue(browser.findElement(By.cssSelector(".function-assessment")).getText()
                .contains("Записи журнала наставника"), "the mentor's log beside each function");
        assertTrue(browser.findElement(By.id("checklist")).isDisplayed(), "the checklist as evidence");

        List<String> functions = browser.findElements(By.cssSelector("button[data-points='2']")).stream()
                .map(b -> b.getAttribute("data-function")).toList();
        assertTrue(functions.size() >= 4, functions.toString());
        for (String function : functions) {
            By independent = By.cssSelector("button[data-function='" + function + "'][data-points='2']");
            Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(independent)).click();
            Browser.awaitAjax(browser);
            Browser.waiting(browser).until(d -> d.findElement(independent).getAttribute("class").contains("chosen"));
        }
        browser.findElement(By.xpath("//label[contains(., 'Испытательный срок пройден')]")).click();
        browser.findElement(By.id("assessment:reason")).sendKeys("Самостоятельно ведёт все типы обращений.");
        browser.findElement(By.id("assessment:sign")).click();
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();

        WebElement signature = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".signed .signature")));
        assertTrue(signature.getText().contains("Морозов Игорь Сергеевич"), signature.getText());
        assertTrue(browser.findElement(By.cssSelector(".signed h2")).getText().contains("уровень квалификации 3"));

        browser.findElement(By.xpath("//p[@class='breadcrumb']/a")).click();
        WebElement levels = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("held-levels")));
        assertTrue(levels.getText().contains("A: Уровень квалификации 3"), levels.getText());
        String evidence = browser.findElement(By.id("latest-evidence")).getText();
        assertTrue(evidence.contains("Итоговая оценка стажёра") && evidence.contains("Морозов Игорь Сергеевич"),
                evidence);
    }
}
