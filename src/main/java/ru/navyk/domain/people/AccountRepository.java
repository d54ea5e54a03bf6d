package ru.navyk.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByUsername(String username);

    Optional<Account> findByPerson(long personId);

    /** The language chosen by the account of each of these people that has one (person id → language tag). */
    Map<Long, String> languagesOf(Collection<Long> personIds);

    void add(Account account);

    void add(ApiToken token);

    Optional<ApiToken> findTokenByHash(String tokenHash);

    List<ApiToken> findTokens(long accountId);

    /** Active accounts holding the role, with their people. */
    List<Account> findActiveWithRole(Role role);
}
