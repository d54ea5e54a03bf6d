package ru.navyk.web.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.BrowserTest;

/**
 * The "done when", tried as a new user would: the supervisor of group 1 opens the team matrix of the demo
 * centre, sees who is eligible for level 4 and why the others are not, records a level decision for one operator,
 * drafts that operator's development plan from the proposed gaps and agrees it; the operator then sees the agreed
 * plan on their home page. And the agent's own plan, commented on.
 */
class QualificationJourneyIT extends BrowserTest {

    /** The operator of group 1 the journey decides about (no other test touches him). */
    private static final String OPERATOR = "Волков Артём Игоревич";
    private static final String OPERATOR_LOGIN = "a.volkov";

    @Test
    void aSupervisorDecidesALevelAndAgreesAPlanThatTheOperatorThenSeesAtHome() {
        login.logInAs(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
        browser.findElement(By.id("nav-matrix")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("matrix-table")));

        assertTrue(row(OPERATOR).getText().contains("может получить: B, C"), row(OPERATOR).getText());
        assertTrue(row("Никитина Юлия Сергеевна").getText().contains("нет требуемого образования"),
                row("Никитина Юлия Сергеевна").getText());
        assertTrue(row("Медведев Роман Евгеньевич").getText().contains("не хватает 2 месяцев опыта"),
                row("Медведев Роман Евгеньевич").getText());
        assertFalse(row("Кузнецов Алексей Викторович").findElements(By.cssSelector("td.cell-partial, td.cell-full,"
                + " td.cell-low")).isEmpty(), "cells coloured by proficiency");

        row(OPERATOR).findElement(By.className("person-link")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("person-name"), OPERATOR));
        assertTrue(browser.findElement(By.cssSelector("tr.eligibility-row[data-function='B']")).getText()
                .contains("соответствует требованиям"));
        Browser.waiting(browser).until(d -> !d.findElements(By.cssSelector("#radar canvas")).isEmpty());

        browser.findElement(By.id("start-review")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("review-person"), OPERATOR));
        WebElement decisionB = browser.findElement(By.cssSelector("tr.decision-row[data-function='B']"));
        new Select(decisionB.findElement(By.cssSelector("select[id$='outcome']"))).selectByValue("GRANTED");
        decisionB.findElement(By.cssSelector("input[id$='reason']"))
                .sendKeys("Соответствует требованиям стандарта; готов к мониторингу качества");
        browser.findElement(By.id("review:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("review:to-plan")));
        assertTrue(browser.findElement(By.id("review:messages")).getText().contains("сохранена"));

        browser.findElement(By.id("review:to-plan")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-table")));
        assertFalse(browser.findElements(By.cssSelector("tr.proposal")).isEmpty(), "gaps proposed");
        browser.findElement(By.id("plan:create")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("plan-status"), "черновик"));
        browser.findElement(By.cssSelector("button.move-AGREED")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("plan-status"), "согласован"));

        browser.findElement(By.cssSelector(".breadcrumb a")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("person-name"), OPERATOR));
        assertTrue(browser.findElement(By.id("held-levels")).getText().contains("Измерение качества"));

        login.logOut();
        login.logInAs(OPERATOR_LOGIN, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/index.xhtml").toString());
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("my-plan")));
        assertEquals("согласован", browser.findElement(By.id("my-plan-status")).getText());
        assertFalse(browser.findElements(By.cssSelector("#my-plan-goals li")).isEmpty());
    }

    @Test
    void theAgentOpensTheirAgreedPlanAndCommentsAsPlainText() {
        login.logInAs(DemoAccounts.AGENT, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/index.xhtml").toString());
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("my-plan-link")))
                .click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("plan-status"), "согласован"));
        assertTrue(browser.findElements(By.id("add-activity")).isEmpty(), "the agent does not edit the plan");

        browser.findElement(By.id("plan:comment")).sendKeys("Готов <b>начать</b> с претензий");
        browser.findElement(By.id("plan:add-comment")).click();

        WebElement comment = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".comment-text")));
        assertEquals("Готов <b>начать</b> с претензий", comment.getText());
        assertTrue(comment.findElements(By.tagName("b")).isEmpty(), "shown escaped");
        assertFalse(browser.findElements(By.cssSelector("button.move-IN_PROGRESS")).isEmpty(),
                "the agent may start their agreed plan");
    }

    private WebElement row(String name) {
        return browser.findElements(By.cssSelector("tr.matrix-row")).stream()
                .filter(r -> r.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the matrix"));
    }
}
