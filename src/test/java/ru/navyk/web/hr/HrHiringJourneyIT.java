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
 * The HR officer's journey, as a new user would try it: open a vacancy from the «Оператор колл-центра» profile for
 * «Группа 2 — входящая линия», record three candidates with interview ratings, see them ranked with the reasons and
 * side by side, hire the best one, and find the new employee in the right team with the interview ratings as the
 * first entries of their competency history.
 */
class HrHiringJourneyIT extends BrowserTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anHrOfficerHiresTheBestOfThreeCandidates() {
        login.logInAs(DemoAccounts.HR, DemoAccounts.PASSWORD);

        browser.findElement(By.id("nav-profiles")).click();
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(
                By.linkText("Оператор колл-центра"))).click();
        WebElement scale = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("proficiency-scale")));
        assertTrue(scale.getText().contains("3 — обучает других"), scale::getText);
        assertTrue(browser.findElement(By.cssSelector(".lf-group")).getText().contains("A/01.3"));
        browser.findElement(By.id("actions:open-vacancy")).click();

        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("vacancy:open")));
        assertEquals("Оператор колл-центра", browser.findElement(By.id("vacancy:profileId_label")).getText());
        chooseInMenu("vacancy:teamId", DemoCentre.GROUP_2);
        browser.findElement(By.id("vacancy:open")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("vacancy-title"),
                DemoCentre.GROUP_2));
        String vacancyUrl = browser.getCurrentUrl();

        addCandidate("Лучшева", 24, new int[] {3, 3, 3});
        browser.get(vacancyUrl);
        addCandidate("Слабцева", 0, new int[] {1, 1, 1});
        browser.get(vacancyUrl);
        addCandidate("Среднева", 6, new int[] {2, 2});

        browser.get(vacancyUrl);
        List<WebElement> rows = Browser.waiting(browser).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#ranking .rank-row"), 3));
        assertEquals(List.of("Лучшева", "Среднева", "Слабцева"), rows.stream()
                .map(r -> r.findElement(By.cssSelector(".candidate-link")).getText().split(" ")[0]).toList());
        assertTrue(rows.get(0).findElement(By.cssSelector(".reasons")).getText()
                .contains("формальные требования выполнены"), rows.get(0)::getText);
        assertTrue(browser.findElement(By.id("fit-rule")).getText().contains("Как Навык считает соответствие"));

        browser.findElement(By.id("compare")).click();
        WebElement comparison = Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("comparison")));
        assertEquals(3, comparison.findElements(By.cssSelector("th.candidate-col")).size());
        assertTrue(comparison.findElements(By.cssSelector("td.fit-MET")).size() >= 5);

        browser.get(vacancyUrl);
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(
                "Лучшева Вера Сергеевна"))).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pipeline-form:stage")));
        chooseInMenu("pipeline-form:stage", "предложение");
        browser.findElement(By.id("pipeline-form:move")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("candidate-stage"), "предложение"));

        browser.findElement(By.id("hire:username")).sendKeys("hired." + suffix);
        browser.findElement(By.id("hire:hire")).click();
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("hired-notice")));
        assertTrue(browser.findElement(By.id("issued-password")).getText().length() >= 10);
        browser.findElement(By.id("employee-link")).click();

        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("person-name"), "Лучшева Вера Сергеевна"));
        assertEquals(DemoCentre.GROUP_2, browser.findElement(By.id("person-team")).getText());
        assertTrue(browser.findElement(By.id("person-position")).getText().contains("Оператор колл-центра"));
        List<WebElement> history = browser.findElements(By.cssSelector("#competency-history .evidence-row"));
        assertEquals(3, history.size());
        history.forEach(row -> {
            assertEquals("Собеседование", row.findElement(By.cssSelector(".evidence-source")).getText());
            assertTrue(row.getText().contains("3 — обучает других"), row::getText);
            assertTrue(row.getText().contains("Новикова Ольга Дмитриевна"), row::getText);
        });
    }

    /** Records a candidate from the vacancy page and rates the first items of the profile in an interview. */
    private void addCandidate(String lastName, int months, int[] ratings) {
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("add-candidate"))).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("candidate:lastName")));
        browser.findElement(By.cssSelector("[id='candidate:consentGiven'] .ui-chkbox-box")).click();
        browser.findElement(By.id("candidate:lastName")).sendKeys(lastName);
        browser.findElement(By.id("candidate:firstName")).sendKeys("Вера");
        browser.findElement(By.id("candidate:middleName")).sendKeys("Сергеевна");
        browser.findElement(By.id("candidate:email")).sendKeys(lastName.toLowerCase() + "." + suffix + "@example.ru");
        chooseInMenu("candidate:education", "среднее профессиональное образование");
        chooseInMenu("candidate:source", "сайт вакансий");
        if (months > 0) {
            browser.findElement(By.id("candidate:addExperience")).click();
            Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[id$=':0:role']"))).sendKeys("Оператор справочной службы");
            browser.findElement(By.cssSelector("input[id$=':0:months_input']")).sendKeys(String.valueOf(months));
            browser.findElement(By.cssSelector("[id$=':0:contact'] .ui-chkbox-box")).click();
        }
        browser.findElement(By.id("candidate:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("candidate-name"),
                lastName + " Вера Сергеевна"));

        List<WebElement> selects = browser.findElements(By.cssSelector("select.rating-select"));
        for (int i = 0; i < ratings.length; i++) {
            new Select(selects.get(i)).selectByValue(new String[] {"NOT_SHOWN", "WITH_HELP", "INDEPENDENT",
                    "TEACHES_OTHERS"}[ratings[i]]);
        }
        browser.findElement(By.id("interview:notes")).sendKeys("Структурированное интервью");
        browser.findElement(By.id("interview:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".assessment"), 1));
    }

    private void chooseInMenu(String id, String label) {
        browser.findElement(By.id(id)).click();
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']"))).click();
    }
}
