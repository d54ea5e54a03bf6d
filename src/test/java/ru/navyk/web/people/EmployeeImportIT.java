package ru.navyk.web.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.EmployeeCsvFixtures;
import ru.navyk.testsupport.BrowserTest;
import ru.navyk.testsupport.PortalServer;

/**
 * The HR officer's journey: a Windows-1251 staff list of 200 with two bad rows shows exactly those two problems and
 * saves nothing; the corrected file imports all 200 people in one go.
 */
class EmployeeImportIT extends BrowserTest {

    private static final int STAFF = 200;

    @Test
    void twoBadRowsAreShownThenTheFixedFileImportsAllTwoHundred() throws IOException {
        login.logInAs(DemoAccounts.HR, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/people/import.xhtml").toString());

        upload(EmployeeCsvFixtures.cp1251Valid(STAFF), "staff-unknown-teams.csv");
        assertTrue(summary().contains("с ошибками: 200"), "teams the centre lacks are problems by default");
        assertTrue(browser.findElement(By.id("import:problems")).getText().contains("нет среди активных групп"));

        browser.findElement(By.cssSelector("[id='import:createTeams'] .ui-toggleswitch-slider")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-summary"),
                "без ошибок: 200"));
        String teams = browser.findElement(By.id("teams-to-create")).getText();
        assertTrue(teams.contains("«Группа 1»") && teams.contains("«Группа 5»"), teams);

        upload(EmployeeCsvFixtures.cp1251WithTwoBadRows(STAFF), "staff-with-errors.csv");

        String summary = summary();
        assertTrue(summary.contains("Строк с сотрудниками: 200; без ошибок: 198; с ошибками: 2"), summary);
        assertTrue(summary.contains("windows-1251"), summary);
        assertTrue(summary.contains("«;»"), summary);
        List<WebElement> problems = browser.findElements(By.cssSelector("[id='import:problems'] tbody tr"));
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).getText().startsWith(
                String.valueOf(EmployeeCsvFixtures.invalidEmailLine(STAFF))), problems.get(0).getText());
        assertTrue(problems.get(0).getText().contains("E-mail"), problems.get(0).getText());
        assertTrue(problems.get(1).getText().startsWith(
                String.valueOf(EmployeeCsvFixtures.missingLastNameLine(STAFF))), problems.get(1).getText());
        assertTrue(problems.get(1).getText().contains("Фамилия"), problems.get(1).getText());
        assertTrue(browser.findElements(By.id("import:importAll")).isEmpty(), "nothing can be imported yet");

        upload(EmployeeCsvFixtures.cp1251Valid(STAFF), "staff-fixed.csv");
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-summary"),
                "без ошибок: 200"));
        browser.findElement(By.id("import:importAll")).click();
        Browser.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();

        WebElement done = Browser.waiting(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
        assertTrue(done.getText().contains("Импортировано сотрудников: 200"), done.getText());

        upload(EmployeeCsvFixtures.cp1251Valid(STAFF), "staff-again.csv");
        assertTrue(summary().contains("с ошибками: 200"), "a second import reports duplicates, never doubles");
    }

    private void upload(byte[] csv, String name) throws IOException {
        Path file = Files.createTempDirectory(Path.of(System.getProperty("navyk.it.dir", "target/it")), "csv")
                .resolve(name);
        Files.write(file, csv);
        String before = Browser.waiting(browser).until(d -> {
            List<WebElement> summary = d.findElements(By.id("preview-summary"));
            return summary.isEmpty() ? "" : summary.get(0).getText();
        });
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        Browser.waiting(browser).until(d -> {
            List<WebElement> summary = d.findElements(By.id("preview-summary"));
            return !summary.isEmpty() && !summary.get(0).getText().equals(before)
                    && d.getPageSource().contains(name);
        });
    }

    private String summary() {
        return Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("preview-summary"))).getText();
    }
}
