package ru.navyk.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.application.people.PeopleViews.AccountView;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.ApiToken;
import ru.navyk.domain.people.Person;
import ru.navyk.domain.people.PersonRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.shared.ConcurrentEditException;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.domain.shared.RuleViolationException;
import ru.navyk.infrastructure.security.PasswordHasher;

/**
 * Accounts: logging in (with lockout after repeated failures), administrators' account management, a user's own
 * password, language and API tokens. Every change is audited; passwords and tokens never appear in the trail.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String ENTITY = "Account";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");
    private static final String TOKEN_PREFIX = "nvk_";

    @Inject
    private AccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AccessPolicy access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Checks a username and password. Failures count towards the lockout even though the login fails, hence a
     * transaction of its own. Unknown users cost the same time as wrong passwords.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult login(String username, String password) {
        Instant now = clock.instant();
        Optional<Account> found = username == null ? Optional.empty()
                : accounts.findByUsername(username).filter(Account::isActive);
        if (found.isEmpty() || password == null) {
            hasher.verifyDecoy(password == null ? "" : password);
            return LoginResult.failed(LoginResult.Outcome.INVALID);
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            hasher.verifyDecoy(password);
            return LoginResult.failed(LoginResult.Outcome.LOCKED);
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            if (account.isLockedAt(now)) {
                audit.event(account.getUsername(), "LOCKED", ENTITY, account.getId(), account.getUsername());
                return LoginResult.failed(LoginResult.Outcome.LOCKED);
            }
            return LoginResult.failed(LoginResult.Outcome.INVALID);
        }
        account.recordSuccessfulLogin(now);
        return new LoginResult(LoginResult.Outcome.SUCCESS, CurrentUser.toViewer(account), account.getLanguage());
    }

    /** The account behind a personal API token, if the token is known, not revoked and its account active. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Viewer> authenticateToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return accounts.findTokenByHash(sha256(token))
                .filter(ApiToken::isUsable)
                .filter(t -> t.getAccount().isActive())
                .map(t -> {
                    t.markUsed(clock.instant());
                    return CurrentUser.toViewer(t.getAccount());
                });
    }

    /** Re-reads an account on each request of a session, so deactivation and role changes apply at once. */
    public Optional<Viewer> activeViewer(String username) {
        return accounts.findByUsername(username).filter(Account::isActive).map(CurrentUser::toViewer);
    }

    /**
     * Creates an account for a person with a first password chosen by the administrator (or generated when blank,
     * then returned so it can be handed over once).
     */
    public String createAccount(long personId, String username, Set<Role> roles, String password) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        return create(viewer, personId, username, roles, password);
    }

    /**
     * Gives a newly hired person an agent's account with a generated first password, returned to be handed over
     * once. HR may do this (not only administrators) because it grants nothing beyond the person's own records.
     */
    public String createAgentAccount(long personId, String username) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN, Role.HR);
        return create(viewer, personId, username, EnumSet.of(Role.AGENT), null);
    }

    private String create(Viewer viewer, long personId, String username, Set<Role> roles, String password) {
        Person person = people.find(personId).orElseThrow(() -> new NotFoundException(PeopleService.ENTITY));
        String login = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(login).matches()) {
            throw new RuleViolationException("username", "rule.username.invalid");
        }
        if (accounts.findByUsername(login).isPresent()) {
            throw new RuleViolationException("username", "rule.username.taken");
        }
        if (accounts.findByPerson(personId).isPresent()) {
            throw new RuleViolationException("username", "rule.account.exists");
        }
        String initial = password == null || password.isBlank() ? PasswordHasher.randomPassword(14) : password;
        checkPasswordStrength("password", initial);
        Account account = new Account(login, hasher.hash(initial), person, roles);
        accounts.add(account);
        audit.record(viewer.username(), "CREATE", ENTITY, account.getId(), login, new Changes()
                .created("username", login).created("person", person.getFullName())
                .created("roles", sorted(account.getRoles())));
        return initial;
    }

    /** One account, for administrators. */
    public AccountView get(long accountId) {
        access.requireAny(currentUser.viewer(), Role.ADMIN);
        return view(accounts.find(accountId).orElseThrow(() -> new NotFoundException(ENTITY)), clock.instant());
    }

    /** The caller's own account: everyone may read theirs. */
    public AccountView own() {
        Viewer viewer = currentUser.viewer();
        return view(accounts.find(viewer.accountId()).orElseThrow(() -> new NotFoundException(ENTITY)),
                clock.instant());
    }

    public void setRoles(long accountId, long version, Set<Role> roles) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        Account account = account(accountId, version);
        if (viewer.accountId() == accountId && !roles.contains(Role.ADMIN)) {
            throw new RuleViolationException("roles", "rule.account.keepOwnAdmin");
        }
        String before = sorted(account.getRoles());
        account.grant(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        audit.record(viewer.username(), "UPDATE", ENTITY, accountId, account.getUsername(),
                new Changes().compare("roles", before, sorted(account.getRoles())));
    }

    /** Sets a new random password and returns it, to be handed over once; unlocks the account. */
    public String resetPassword(long accountId) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException(ENTITY));
        String password = PasswordHasher.randomPassword(14);
        account.changePasswordHash(hasher.hash(password));
        account.unlock();
        audit.event(viewer.username(), "PASSWORD_RESET", ENTITY, accountId, account.getUsername());
        return password;
    }

    public void unlock(long accountId) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException(ENTITY));
        account.unlock();
        audit.event(viewer.username(), "UNLOCK", ENTITY, accountId, account.getUsername());
    }

    public void setActive(long accountId, long version, boolean active) {
        Viewer viewer = currentUser.viewer();
        access.requireAny(viewer, Role.ADMIN);
        if (viewer.accountId() == accountId && !active) {
            throw new RuleViolationException(null, "rule.account.deactivateSelf");
        }
        Account account = account(accountId, version);
        boolean before = account.isActive();
        if (active) {
            account.reactivate();
        } else {
            account.deactivate();
        }
        audit.record(viewer.username(), active ? "REACTIVATE" : "DEACTIVATE", ENTITY, accountId,
                account.getUsername(), new Changes().compare("active", before, active));
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        Viewer viewer = currentUser.viewer();
        Account account = accounts.find(viewer.accountId()).orElseThrow(() -> new NotFoundException(ENTITY));
        if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("currentPassword", "rule.password.wrong");
        }
        checkPasswordStrength("newPassword", newPassword);
        account.changePasswordHash(hasher.hash(newPassword));
        audit.event(viewer.username(), "PASSWORD_CHANGE", ENTITY, account.getId(), account.getUsername());
    }

    public void setOwnLanguage(String language) {
        Viewer viewer = currentUser.viewer();
        Account account = accounts.find(viewer.accountId()).orElseThrow(() -> new NotFoundException(ENTITY));
        String before = account.getLanguage();
        account.preferLanguage(language);
        audit.record(viewer.username(), "UPDATE", ENTITY, account.getId(), account.getUsername(),
                new Changes().compare("language", before, account.getLanguage()));
    }

    /** Creates a personal API token for the caller and returns it; only its hash is kept. */
    public String createToken(String name) {
        return issueToken(name).token();
    }

    /**
     * Creates a personal API token for the caller: the token itself is in the result this once, only its hash is
     * kept.
     */
    public IssuedToken issueToken(String name) {
        Viewer viewer = currentUser.viewer();
        PersonRules.required("tokenName", name, 100);
        Account account = accounts.find(viewer.accountId()).orElseThrow(() -> new NotFoundException(ENTITY));
        String token = TOKEN_PREFIX + PasswordHasher.randomPassword(40);
        ApiToken stored = new ApiToken(account, name, sha256(token), token.substring(0, 8), clock.instant());
        accounts.add(stored);
        audit.record(viewer.username(), "CREATE", "ApiToken", stored.getId(), account.getUsername(),
                new Changes().created("name", name.strip()));
        return new IssuedToken(tokenView(stored), token);
    }

    public List<TokenView> ownTokens() {
        Viewer viewer = currentUser.viewer();
        return accounts.findTokens(viewer.accountId()).stream().map(AccountService::tokenView).toList();
    }

    /** Revokes one of the caller's own tokens (another's token is "not found"). */
    public void revokeToken(long tokenId) {
        Viewer viewer = currentUser.viewer();
        ApiToken token = accounts.findTokens(viewer.accountId()).stream().filter(t -> t.getId() == tokenId)
                .findFirst().orElseThrow(() -> new NotFoundException("ApiToken"));
        token.revoke(clock.instant());
        audit.record(viewer.username(), "REVOKE", "ApiToken", tokenId, viewer.username(),
                new Changes().compare("revoked", false, true));
    }

    /** A token as its owner sees it: never the token itself. */
    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                            Instant revokedAt) implements Serializable {
    }

    /** A token just created: {@code token} is the secret, shown this once. */
    public record IssuedToken(TokenView view, String token) implements Serializable {
    }

    private static TokenView tokenView(ApiToken token) {
        return new TokenView(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt());
    }

    static AccountView view(Account account, Instant now) {
        return new AccountView(account.getId(), account.getVersion(), account.getUsername(), account.getRoles(),
                account.isActive(), account.isLockedAt(now), account.getLastLoginAt(), account.getLanguage());
    }

    private Account account(long id, long version) {
        Account account = accounts.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
        if (account.getVersion() != version) {
            throw new ConcurrentEditException(ENTITY);
        }
        return account;
    }

    static void checkPasswordStrength(String field, String password) {
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            throw new RuleViolationException(field, "rule.password.short", PasswordHasher.MIN_LENGTH);
        }
    }

    private static String sorted(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
