package ru.navyk.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.LoginPage;
import ru.navyk.testsupport.PortalServer;

/** Creates people with accounts through the admin pages, for tests that need a fresh account of their own. */
final class AccountFixtures {

    private AccountFixtures() {
    }

    /** Creates a person and an AGENT account as admin in this browser, logs out, and returns the issued password. */
    static String createAgentAccount(WebDriver browser, PortalServer portal, String username) {
        LoginPage login = new LoginPage(browser, portal);
        login.logInAs("admin", PortalServer.ADMIN_PASSWORD);
        browser.get(portal.uri("/people/edit.xhtml").toString());
        browser.findElement(By.id("person:lastName")).sendKeys("Тестова");
        browser.findElement(By.id("person:firstName")).sendKeys("Ирина");
        browser.findElement(By.id("person:email")).sendKeys(username + "@example.ru");
        browser.findElement(By.id("person:positionTitle")).sendKeys("Оператор контакт-центра");
        browser.findElement(By.id("person:save")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("account:username")))
                .sendKeys(username);
        browser.findElement(By.xpath("//*[@id='account:roles']//label[normalize-space()='Специалист']")).click();
        browser.findElement(By.id("account:create")).click();
        String password = Browser.waiting(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("issued-password"))).getText();
        login.logOut();
        return password;
    }
}
