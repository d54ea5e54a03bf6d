package ru.navyk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Role;
import ru.navyk.domain.people.ApiToken;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "navyk")
    private EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Optional<Account> findByPerson(long personId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.person.id = :person", Account.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public void add(ApiToken token) {
        em.persist(token);
        em.flush(); // identity columns: the id exists only once the row is inserted
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> findTokens(long accountId) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.account.id = :account ORDER BY t.createdAt DESC",
                ApiToken.class).setParameter("account", accountId).getResultList();
    }

    @Override
    public List<Account> findActiveWithRole(Role role) {
        // Active is filtered here rather than bound: a boolean parameter beside a join is what Derby trips over.
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r LEFT JOIN FETCH a.person"
                        + " WHERE r = :role", Account.class)
                .setParameter("role", role).getResultList().stream().filter(Account::isActive).toList();
    }
}
