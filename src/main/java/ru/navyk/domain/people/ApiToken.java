package ru.navyk.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;

/**
 * A personal API token: an account's credential for scripts and integrations. Only its SHA-256 is stored; the token
 * itself is shown once, when it is created. A revoked token never works again.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** How precisely the last use is kept. */
    static final Duration USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 12)
    private String prefix;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(Account account, String name, String tokenHash, String prefix, Instant createdAt) {
        this.account = account;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
    }

    public boolean isUsable() {
        return revokedAt == null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Records a use, to the minute: a use within a minute of the recorded one changes nothing, so an integration
     * calling many times a minute does not write (and lock) its token's row on every call.
     */
    public void markUsed(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_PRECISION))) {
            lastUsedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
