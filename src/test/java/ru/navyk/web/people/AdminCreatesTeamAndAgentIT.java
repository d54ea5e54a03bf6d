package ru.navyk.web.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.BrowserTest;
import ru.navyk.testsupport.PortalServer;

/**
 * An administrator creates a team and an agent with an account in the browser; the agent logs in with the issued
 * password and sees their own record, but another person's page is a 404 for them.
 */
class AdminCreatesTeamAndAgentIT extends BrowserTest {

    @Test
    void adminCreatesATeamAndAnAgentWhoThenLogsIn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String teamName = "Группа проверки " + suffix;
        String username = "agent." + suffix;
        login.logInAs("admin", PortalServer.ADMIN_PASSWORD);

        browser.get(portal.uri("/admin/teams/index.xhtml").toString());
        browser.findElement(By.id("team:name")).sendKeys(teamName);
        browser.findElement(By.id("team:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("teams:list"),
                teamName));

        browser.get(portal.uri("/people/edit.xhtml").toString());
        browser.findElement(By.id("person:lastName")).sendKeys("Проверкина");
        browser.findElement(By.id("person:firstName")).sendKeys("Анна");
        browser.findElement(By.id("person:middleName")).sendKeys("Сергеевна");
        browser.findElement(By.id("person:email")).sendKeys(username + "@example.ru");
        browser.findElement(By.id("person:positionTitle")).sendKeys("Оператор контакт-центра");
        chooseInMenu("person:teamId", teamName);
        browser.findElement(By.id("person:save")).click();

        WebElement name = Browser.waiting(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("person-name")));
        assertEquals("Проверкина Анна Сергеевна", name.getText());
        assertEquals(teamName, browser.findElement(By.id("person-team")).getText());
        String personUrl = browser.getCurrentUrl();

        browser.findElement(By.id("account:username")).sendKeys(username);
        browser.findElement(By.xpath("//*[@id='account:roles']//label[normalize-space()='Специалист']")).click();
        browser.findElement(By.id("account:create")).click();
        String password = Browser.waiting(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("issued-password"))).getText();
        assertTrue(password.length() >= 10, password);
        login.logOut();

        login.logInAs(username, password);
        assertTrue(browser.findElement(By.id("person-team")).getText().contains(teamName));

        browser.get(portal.uri("/people/view.xhtml?id=1").toString());
        assertTrue(browser.getPageSource().contains("Страница не найдена")
                || browser.getPageSource().contains(new String("Page not found")));
        browser.get(personUrl);
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("person-name")));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndBackAfterLoggingIn() {
        browser.get(portal.uri("/admin/teams/index.xhtml").toString());
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));

        login.submit("admin", PortalServer.ADMIN_PASSWORD);

        Browser.waiting(browser).until(ExpectedConditions.urlContains("/admin/teams/index.xhtml"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Группы"));
    }

    private void chooseInMenu(String id, String label) {
        browser.findElement(By.id(id)).click();
        WebElement item = Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']")));
        item.click();
    }
}
