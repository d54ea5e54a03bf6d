package ru.navyk.domain.people;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByUsername(String username);

    Optional<Account> findByPerson(long personId);

    void add(Account account);

    void add(ApiToken token);

    Optional<ApiToken> findTokenByHash(String tokenHash);

    List<ApiToken> findTokens(long accountId);

    /** Active accounts holding the role, with their people. */
    List<Account> findActiveWithRole(Role role);
}
