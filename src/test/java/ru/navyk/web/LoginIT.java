package ru.navyk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.BrowserTest;
import ru.navyk.testsupport.PortalServer;

/** Logging in and out in the browser: session id change, HttpOnly cookie, wrong passwords, lockout. */
class LoginIT extends BrowserTest {

    @Test
    void loginChangesTheSessionIdAndLogoutEndsTheSession() {
        login.open();
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");

        login.submit("admin", PortalServer.ADMIN_PASSWORD);
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("me-username"), "admin"));
        Cookie after = browser.manage().getCookieNamed("JSESSIONID");

        assertNotEquals(before == null ? null : before.getValue(), after.getValue());
        assertTrue(after.isHttpOnly(), "session cookie is HttpOnly");

        login.logOut();
        browser.get(portal.uri("/me/index.xhtml").toString());
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        login.open();
        login.submit("admin", "not-the-password");
        String wrongPassword = login.errorText();

        login.open();
        login.submit("nobody-" + UUID.randomUUID(), "not-the-password");

        assertEquals(wrongPassword, login.errorText());
        assertTrue(wrongPassword.contains("Неверное имя пользователя или пароль"), wrongPassword);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String username = "lockout." + UUID.randomUUID().toString().substring(0, 8);
        String password = AccountFixtures.createAgentAccount(browser, portal, username);

        for (int attempt = 1; attempt <= 5; attempt++) {
            login.open();
            login.submit(username, "wrong-password-" + attempt);
            login.errorText();
        }
        login.open();
        login.submit(username, password);

        assertTrue(login.errorText().contains("временно заблокирована"), login.errorText());
    }
}
