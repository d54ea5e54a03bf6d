package ru.navyk.testsupport;

import java.net.URI;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal's login form, as a browser test drives it. */
public final class LoginPage {

    private final WebDriver browser;
    private final Function<String, URI> uris;

    public LoginPage(WebDriver browser, PortalServer portal) {
        this(browser, portal::uri);
    }

    /** The login form behind any address, e.g. a load balancer in front of a cluster. */
    public LoginPage(WebDriver browser, Function<String, URI> uris) {
        this.browser = browser;
        this.uris = uris;
    }

    public LoginPage open() {
        browser.get(uris.apply("/login.xhtml").toString());
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        return this;
    }

    /** Submits the form; the caller checks where it landed. */
    public void submit(String username, String password) {
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    /** Logs in and waits for the profile page that follows a login without a target. */
    public void logInAs(String username, String password) {
        open();
        submit(username, password);
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.id("me-username"), username));
    }

    public String errorText() {
        return Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#login .ui-messages-error"))).getText();
    }

    public void logOut() {
        browser.findElement(By.id("logout:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("logged-out")));
    }
}
