package ru.navyk.web.me;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.navyk.application.people.AccountService;
import ru.navyk.application.people.AccountService.TokenView;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.PeopleService;
import ru.navyk.application.people.PeopleViews.PersonView;
import ru.navyk.application.people.Viewer;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.web.LocaleBacking;
import ru.navyk.web.Messages;

/** Serves {@code /me/index.xhtml}: my own record, my password, my language and my API tokens. */
@Named
@ViewScoped
public class MyProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PeopleService people;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleBacking locale;

    @Inject
    private Messages messages;

    private Viewer viewer;
    private PersonView person;
    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String tokenName;
    private String createdToken;

    @PostConstruct
    void load() {
        viewer = currentUser.viewer();
        person = viewer.personId() == null ? null : people.get(viewer.personId());
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            messages.rule("password", new RuleViolationException("repeatPassword", "rule.password.mismatch"));
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            messages.info("me.password.changed");
        } catch (RuleViolationException e) {
            messages.rule("password", e);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    public void saveLanguage() throws java.io.IOException {
        accounts.setOwnLanguage(locale.getLanguage());
        locale.changeLanguage();
    }

    public void createToken() {
        try {
            createdToken = accounts.createToken(tokenName);
            tokenName = null;
        } catch (RuleViolationException e) {
            messages.rule("tokens", e);
        }
    }

    public void revokeToken(long id) {
        accounts.revokeToken(id);
        createdToken = null;
        messages.info("me.tokens.revoked");
    }

    public List<TokenView> getTokens() {
        return accounts.ownTokens();
    }

    public Viewer getViewer() {
        return viewer;
    }

    public PersonView getPerson() {
        return person;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getCreatedToken() {
        return createdToken;
    }
}
