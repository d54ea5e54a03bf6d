package ru.navyk.web.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.navyk.infrastructure.demo.DemoAccounts;
import ru.navyk.testsupport.Api;
import ru.navyk.testsupport.Browser;
import ru.navyk.testsupport.BrowserTest;
import ru.navyk.testsupport.PortalServer;

/**
 * Trying the demo as a new user would: each demo role logs in and sees only what that role may see, and typing
 * somebody else's id into the address gives an agent the "not found" page.
 */
class DemoRolesIT extends BrowserTest {

    private static final String GROUP_1 = "Группа 1 — входящая линия";
    private static final String GROUP_1_1 = "Группа 1.1 — адаптация стажёров";

    @Test
    void anAgentSeesOnlyThemselvesAndAnotherAgentsIdIsNotFound() {
        String otherAgentPage = personPageOf("Смирнов Денис");
        login.logInAs(DemoAccounts.AGENT, DemoAccounts.PASSWORD);

        assertTrue(browser.findElements(By.id("nav-people")).isEmpty(), "no people list in an agent's menu");
        assertTrue(browser.findElements(By.id("nav-audit")).isEmpty());
        browser.get(portal.uri("/people/index.xhtml").toString());
        assertEquals(List.of("Кузнецов Алексей Викторович"), listedNames());

        browser.get(otherAgentPage);
        assertTrue(browser.getPageSource().contains("Страница не найдена"), "another agent's record is not found");
        browser.get(portal.uri("/admin/audit.xhtml").toString());
        assertTrue(browser.getPageSource().contains("Страница не найдена"));
        browser.get(portal.uri("/people/import.xhtml").toString());
        assertTrue(browser.getPageSource().contains("Страница не найдена"));
    }

    @Test
    void aSupervisorSeesTheirTeamAndItsSubTeamOnly() {
        login.logInAs(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/people/index.xhtml").toString());

        Set<String> teams = listedTeams();

        assertEquals(Set.of(GROUP_1, GROUP_1_1), teams);
        assertTrue(listedNames().contains("Морозов Игорь Сергеевич"));
    }

    @Test
    void theHeadOfCentreSeesEveryTeamButCannotEditPeople() {
        login.logInAs(DemoAccounts.HEAD, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/people/index.xhtml?team=").toString());

        assertTrue(listedTeams().size() >= 5, listedTeams().toString());
        assertTrue(browser.findElements(By.id("people:add-person")).isEmpty());
        browser.get(portal.uri("/people/edit.xhtml").toString());
        assertTrue(browser.getPageSource().contains("Страница не найдена"));
    }

    @Test
    void aMentorSeesThemselvesAndTheirTrainees() {
        login.logInAs(DemoAccounts.MENTOR, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/people/index.xhtml").toString());

        List<String> names = listedNames();

        // Herself and her current trainees: the demo's two, and any other tests gave her since.
        int trainees = Api.basic(portal, DemoAccounts.MENTOR, DemoAccounts.PASSWORD).get("/api/mentoring/trainees")
                .expect(200).size();
        assertTrue(trainees >= 2, "the demo's trainees: " + trainees);
        assertEquals(1 + trainees, names.size(), names.toString());
        assertTrue(names.contains("Павлова Наталья Андреевна"));
        assertTrue(names.contains("Белов Никита Романович"));
    }

    @Test
    void hrSeesEveryoneIncludingTheFormerEmployeeAndMayAddPeople() {
        login.logInAs(DemoAccounts.HR, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/people/index.xhtml").toString());
        assertFalse(browser.findElements(By.id("people:add-person")).isEmpty());

        browser.findElement(By.cssSelector("[id='people:inactive'] .ui-toggleswitch-slider")).click();
        Browser.awaitAjax(browser);
        browser.findElement(By.id("people:text")).sendKeys("Алексеева");
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("people:list"),
                "деактивирован"));
    }

    @Test
    void anAdministratorFindsAPersonByTheirLogin() {
        login.logInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/people/index.xhtml").toString());

        browser.findElement(By.id("people:text")).sendKeys(DemoAccounts.AGENT2);

        Browser.waiting(browser)
                .until(d -> listedNames().equals(List.of("Смирнов Денис Алексеевич")));
    }

    @Test
    void theDemoIsMarkedAsSuch() {
        login.logInAs(DemoAccounts.AGENT2, DemoAccounts.PASSWORD);

        assertEquals("демо", browser.findElement(By.id("demo-badge")).getText().toLowerCase());
    }

    /** The address of a person's page, found as HR would find it. */
    private String personPageOf(String namePart) {
        login.logInAs(DemoAccounts.HR, DemoAccounts.PASSWORD);
        browser.get(portal.uri("/people/index.xhtml").toString());
        browser.findElement(By.id("people:text")).sendKeys(namePart);
        By link = By.xpath("//a[contains(@class,'person-link') and contains(., '" + namePart + "')]");
        // The list is re-rendered by Ajax while the search runs, so a found link may go stale: read it in one go.
        String href = Browser.waiting(browser)
                .until(d -> d.findElements(link).isEmpty() ? null : d.findElement(link).getAttribute("href"));
        login.logOut();
        return href;
    }

    private List<String> listedNames() {
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("people:list")));
        return browser.findElements(By.cssSelector("[id='people:list'] a.person-link")).stream()
                .map(WebElement::getText).toList();
    }

    private Set<String> listedTeams() {
        Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("people:list")));
        Set<String> teams = new TreeSet<>();
        for (WebElement row : browser.findElements(By.cssSelector("[id='people:list'] tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() > 3) {
                teams.add(cells.get(3).getText());
            }
        }
        return teams;
    }
}
