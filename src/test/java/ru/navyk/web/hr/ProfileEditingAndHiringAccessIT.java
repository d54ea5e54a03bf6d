package ru.navyk.web.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.infrastructure.demo.DemoCentre;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.BrowserTest;

/**
 * HR builds a job profile from a labor function of the standard, adjusts it item by item, publishes it and starts its
 * next version; a manager reads their team's vacancy without any form to change it; an agent finds no hiring at all.
 */
class ProfileEditingAndHiringAccessIT extends BrowserTest {

    @Test
    void hrBuildsAProfilePublishesItAndStartsTheNextVersion() {
        String title = "Оператор чата " + UUID.randomUUID().toString().substring(0, 6);
        login.logInAs(DemoAccounts.HR, DemoAccounts.PASSWORD);

        browser.get(portal.uri("/hr/profiles/new.xhtml").toString());
        browser.findElement(By.id("profile:title")).sendKeys(title);
        browser.findElement(By.xpath("//*[@id='profile:laborFunctions']//label[starts-with(normalize-space(),"
                + "'A/01.3')]")).click();
        browser.findElement(By.id("profile:create")).click();

        Browser.waiting(browser).until(ExpectedConditions.urlContains("/hr/profiles/edit.xhtml"));
        List<WebElement> items = browser.findElements(By.cssSelector("table.requirements select"));
        assertEquals(28, items.size(), "A/01.3 has 3 labor actions, 13 skills and 12 knowledge items");
        new Select(items.get(0)).selectByIndex(0);
        new Select(items.get(1)).selectByValue("TEACHES_OTHERS");
        WebElement months = browser.findElement(By.id("profile:experienceMonths_input"));
        months.clear();
        months.sendKeys("6");
        browser.findElement(By.id("profile:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile:messages"),
                "Сохранено"));
        browser.findElement(By.id("profile:publish")).click();
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();

        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-version"),
                "опубликован"));
        assertEquals(title, browser.findElement(By.id("profile-title")).getText());
        assertEquals("6", browser.findElement(By.id("profile-experience")).getText());
        assertEquals(27, browser.findElements(By.cssSelector("table.requirements tbody tr")).size());
        assertTrue(browser.findElement(By.cssSelector("table.requirements")).getText()
                .contains("3 — обучает других"));
        assertTrue(browser.findElement(By.id("proficiency-scale")).getText().contains("1 — с помощью"));

        browser.findElement(By.id("actions:new-version")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/hr/profiles/edit.xhtml"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("в.2"));
        browser.findElement(By.linkText(title)).click();
        WebElement history = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("history")));
        assertEquals(2, history.findElements(By.cssSelector("tbody tr")).size());
        assertTrue(history.getText().contains("действующая"), history::getText);
    }

    @Test
    void aManagerReadsTheTeamsVacancyAndAnAgentSeesNoHiring() {
        login.logInAs(DemoAccounts.HEAD, DemoAccounts.PASSWORD);
        browser.findElement(By.id("nav-hiring")).click();
        WebElement list = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("vacancies:list")));
        assertTrue(browser.findElements(By.id("vacancy:open")).isEmpty(), "no form to open a vacancy");
        assertTrue(list.getText().contains(DemoCentre.GROUP_2), list::getText);
        list.findElement(By.cssSelector(".vacancy-link")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("ranking")));
        assertTrue(browser.findElements(By.id("add-candidate")).isEmpty());
        assertTrue(browser.findElements(By.id("vacancy:save")).isEmpty());
        login.logOut();

        login.logInAs(DemoAccounts.AGENT, DemoAccounts.PASSWORD);
        assertTrue(browser.findElements(By.id("nav-hiring")).isEmpty());
        browser.get(portal.uri("/hr/vacancies/index.xhtml").toString());
        assertTrue(browser.getPageSource().contains("Страница не найдена"));
    }
}
