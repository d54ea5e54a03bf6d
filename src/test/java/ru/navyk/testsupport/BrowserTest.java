package ru.navyk.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** Base of browser journeys: the shared portal, a fresh headless Chromium per test, and its login page. */
public abstract class BrowserTest {

    protected static PortalServer portal;
    protected WebDriver browser;
    protected LoginPage login;

    @BeforeAll
    static void startPortal() {
        portal = PortalServer.get();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        login = new LoginPage(browser, portal);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }
}
